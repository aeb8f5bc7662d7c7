using System.Net;

namespace Transparency.Web.Tests.Pages.Cases;

public sealed class CaseFactSheetTests(SiteFactory factory)
{
    [Fact]
    public async Task The_fact_sheet_shows_the_case_its_key_numbers_rulings_and_permanent_url()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/cases/ctr-v-irs/fact-sheet", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Center for Taxpayer Rights v. IRS", html, StringComparison.Ordinal);
        Assert.Contains("1:25-cv-00457", html, StringComparison.Ordinal);
        Assert.Contains("Kollar-Kotelly", html, StringComparison.Ordinal);
        Assert.Contains("42,695", html, StringComparison.Ordinal);
        Assert.Contains("47,289", html, StringComparison.Ordinal);
        Assert.Contains("1.28 million", html, StringComparison.Ordinal);
        Assert.Contains("From a court record; we link the", html, StringComparison.Ordinal);
        Assert.Contains("Dataset v1.0.0", html, StringComparison.Ordinal);
        Assert.Contains("http://localhost/cases/ctr-v-irs/fact-sheet", html, StringComparison.Ordinal);
        // Rulings in date order (read in the rulings list: the status summary above also writes "26 Feb 2026").
        var list = html.IndexOf("class=\"fact-sheet-rulings\"", StringComparison.Ordinal);
        var first = html.IndexOf("5 Sep 2025", list, StringComparison.Ordinal);
        var last = html.IndexOf("26 Feb 2026", list, StringComparison.Ordinal);
        Assert.True(first > 0 && last > first, "rulings are not in date order");
    }

    [Fact]
    public async Task The_Spanish_fact_sheet_is_in_Spanish()
    {
        using var client = factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/es/cases/ctr-v-irs/fact-sheet", TestContext.Current.CancellationToken));

        Assert.Contains("Cifras clave", html, StringComparison.Ordinal);
        Assert.Contains("42,695", html, StringComparison.Ordinal);
        Assert.Contains("http://localhost/es/cases/ctr-v-irs/fact-sheet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_links_to_its_fact_sheet()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/cases/ctr-v-irs", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/cases/ctr-v-irs/fact-sheet\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cases/no-such-case/fact-sheet")]
    [InlineData("/es/cases/no-such-case/fact-sheet")]
    public async Task An_unknown_case_has_no_fact_sheet(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
