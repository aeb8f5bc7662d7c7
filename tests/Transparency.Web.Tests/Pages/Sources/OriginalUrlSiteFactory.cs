namespace Transparency.Web.Tests.Pages.Sources;

/// <summary>
/// The real app on the fixture with one republication (KVIA's copy of a CNN article) giving the original
/// article's address, which no fixture source does: what a copy that prints its original looks like.
/// </summary>
public sealed class OriginalUrlSiteFactory : SiteFactory
{
    public const string CopyId = "cnn-via-kvia";
    public const string OriginalUrl = "https://original.example/cnn/irs-reaches-data-sharing-deal-with-dhs";

    /// <summary>An event that cites the copy, among four sources.</summary>
    public const string CitingEvent = "2025-04-07-irs-dhs-mou-signed";

    public OriginalUrlSiteFactory()
    {
        var path = Path.Combine(DataDirectory, "sources.csv");
        var text = File.ReadAllText(path);
        const string Row = $"{CopyId},CNN via KVIA: IRS reaches data-sharing deal with DHS,KVIA,CNN,,https://kvia.com/";
        Assert.Contains(Row, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(Row, Row.Replace("CNN,,https", $"CNN,{OriginalUrl},https", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
