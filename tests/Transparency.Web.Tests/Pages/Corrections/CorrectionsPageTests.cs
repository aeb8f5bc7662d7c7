using System.Net;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Corrections;

public sealed class CorrectionsPageTests(SiteFactory factory)
{
    [Fact]
    public async Task The_first_release_says_plainly_that_nothing_has_been_corrected_and_how_corrections_work()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/corrections", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No correction has been published yet for dataset version 1.0.0", html, StringComparison.Ordinal);
        Assert.Contains("How corrections are recorded", html, StringComparison.Ordinal);
        Assert.Contains("unless a correction names its row", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll(".correction"));
        Headings.AssertInOrder(document);
    }
}

public sealed class CorrectedCorrectionsPageTests(CorrectedSiteFactory factory)
{
    [Fact]
    public async Task A_published_correction_is_listed_with_the_cell_both_values_the_reason_and_the_source()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/corrections", TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        Assert.DoesNotContain("No correction has been published yet", html, StringComparison.Ordinal);
        var item = document.QuerySelector($"li#{CorrectedSiteFactory.CorrectionId}");
        Assert.NotNull(item);
        Assert.Equal("2026-07-01", item.QuerySelector("h3 time")?.GetAttribute("datetime"));
        Assert.Equal("/events/" + CorrectedSiteFactory.CorrectedEvent, item.QuerySelector("h3 a")?.GetAttribute("href"));
        Assert.Equal(["events", CorrectedSiteFactory.CorrectedEvent, "caveat"], item.QuerySelectorAll("h3 code").Select(c => c.TextContent));
        Assert.Equal("(empty)", item.QuerySelector(".old-value")?.TextContent);
        Assert.Equal("Checked: <b>5%</b> & \"docket\"", item.QuerySelector(".new-value")?.TextContent);
        Assert.Empty(item.QuerySelectorAll("b"));
        Assert.Equal("https://clearinghouse.net/case/46138", item.QuerySelector("a[rel=noreferrer]")?.GetAttribute("href"));
        Headings.AssertInOrder(document);
    }
}
