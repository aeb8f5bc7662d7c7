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
