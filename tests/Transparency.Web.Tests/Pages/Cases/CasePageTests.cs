using System.Net;

namespace Transparency.Web.Tests.Pages.Cases;

/// <summary>The case page on the fixture with a pending step added to one case (the fixture's cases have none).</summary>
public sealed class CasePageTests : IDisposable
{
    private readonly PendingSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/cases/ctr-v-irs", "9 Jun 2026. Pending: The appeal.")]
    [InlineData("/es/cases/ctr-v-irs", "9 jun 2026. Pendiente: La apelación.")]
    public async Task The_last_checked_date_and_what_is_pending_are_two_sentences_with_a_space(string path, string expected)
    {
        using var client = _site.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains(expected, System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>|\\s+", m => m.Value.StartsWith('<') ? "" : " "), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cases/ctr-v-irs", "ctr-2026-02-26-memorandum-opinion", "What it did to the data sharing: Found it broke the law")]
    [InlineData("/es/cases/ctr-v-irs", "ctr-2025-11-21-address-sharing-stay", "Qué hizo con el intercambio de datos: Lo bloqueó o limitó")]
    public async Task Each_ruling_says_what_it_did_to_the_data_sharing_from_its_effect_column(string path, string rulingId, string expected)
    {
        using var client = _site.CreateClient();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(path, TestContext.Current.CancellationToken));

        var effect = document.GetElementById(rulingId)?.QuerySelector(".ruling-effect")?.TextContent ?? "";
        Assert.Equal(expected, string.Join(" ", effect.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    private sealed class PendingSite : SiteFactory
    {
        public PendingSite()
        {
            var path = Path.Combine(DataDirectory, "cases.csv");
            var lines = File.ReadAllLines(path).Select(l => l.StartsWith("ctr-v-irs,", StringComparison.Ordinal)
                ? l.Replace(",2026-06-09,,,", ",2026-06-09,The appeal.,La apelación.,", StringComparison.Ordinal)
                : l);
            File.WriteAllLines(path, lines);
        }
    }
}
