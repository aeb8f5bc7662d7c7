using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Feeds;

public sealed class FeedDiscoveryTests(SiteFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/requests")]
    [InlineData("/figures/addresses-disclosed")]
    [InlineData("/cases")]
    [InlineData("/timeline")]
    [InlineData("/sources")]
    [InlineData("/methodology")]
    [InlineData("/about")]
    [InlineData("/corrections")]
    [InlineData("/events/2025-02-21-odonnell-questions-the-pact")]
    [InlineData("/no-such-page")]
    public async Task Every_page_links_the_site_wide_feed(string path)
    {
        var html = await GetHtmlAsync(path);

        // Literally, for discoverers that match text, and as parsed HTML.
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Transparency: updates (Atom)\" href=\"/feeds/updates.atom\"", html, StringComparison.Ordinal);
        Assert.Equal(["/feeds/updates.atom"], FeedLinks(html));
    }

    [Theory]
    [InlineData("/cases/ctr-v-irs", "/feeds/cases/ctr-v-irs.atom", "CTR v. IRS")]
    [InlineData("/cases/california-v-hhs", "/feeds/cases/california-v-hhs.atom", "California")]
    [InlineData("/events/2026-02-05-cedc-stay-and-injunction", "/feeds/cases/cedc-v-bessent.atom", "CEDC")]
    public async Task A_page_about_one_case_also_links_that_cases_feed(string path, string feed, string title)
    {
        var html = await GetHtmlAsync(path);

        Assert.Contains($"type=\"application/atom+xml\" title=\"Transparency: {title}", html, StringComparison.Ordinal);
        Assert.Equal(["/feeds/updates.atom", feed], FeedLinks(html));
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(feed, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_footer_not_the_main_navigation_links_corrections_and_the_feed()
    {
        var document = new HtmlParser().ParseDocument(await GetHtmlAsync("/"));

        Assert.Empty(document.QuerySelectorAll("nav[aria-label=Main] a[href='/corrections']"));
        Assert.NotNull(document.QuerySelector("footer nav a[href='/corrections']"));
        Assert.NotNull(document.QuerySelector("footer nav a[href='/feeds/updates.atom']"));
    }

    private async Task<string> GetHtmlAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static List<string?> FeedLinks(string html) => new HtmlParser().ParseDocument(html)
        .QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']")
        .Select(l => l.GetAttribute("href")).ToList();
}
