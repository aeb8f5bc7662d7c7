using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Overview;

/// <summary>
/// The overview's first screen: one takeaway sentence composed from the fixture's preferred values, the key
/// numbers, and each case's status as a badge and one sentence of its summary.
/// </summary>
public sealed class OverviewPageTests(SiteFactory factory)
{
    private async Task<IDocument> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_takeaway_is_composed_from_the_preferred_values_and_the_day_of_the_disclosure()
    {
        var document = await GetAsync("/");

        Assert.Equal(
            "ICE asked the IRS for the addresses of 1.28 million people; the IRS sent 47,289 on Aug 7, 2025; a federal judge later found about 42,695 of those disclosures broke the law.",
            document.QuerySelector("main p.takeaway")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_Spanish_takeaway_says_de_personas_after_millones_and_uses_the_Spanish_values()
    {
        var document = await GetAsync("/es/");

        Assert.Equal(
            "El ICE pidió al IRS las direcciones de 1.28 millones de personas; el IRS entregó 47,289 el 7 ago 2025; después, un tribunal federal determinó que cerca de 42,695 de esas entregas violaron la ley.",
            document.QuerySelector("main p.takeaway")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_Spanish_chart_takeaway_also_says_de_before_the_unit_of_a_number_in_words()
    {
        var document = await GetAsync("/es/");

        Assert.Contains("se pidieron 1.28 millones de personas", document.QuerySelector("#request-funnel .chart-takeaway")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_takeaway_comes_straight_after_the_heading_and_before_the_key_numbers()
    {
        var document = await GetAsync("/");

        var h1 = document.QuerySelector("main h1")!;
        Assert.True(h1.NextElementSibling?.ClassList.Contains("takeaway"));
        Assert.Equal("headlines", h1.NextElementSibling?.NextElementSibling?.ClassName);
    }

    [Theory]
    [InlineData("/", "Appeal pending", "ctr-v-irs")]
    [InlineData("/es/", "Apelación pendiente", "ctr-v-irs")]
    public async Task Each_case_shows_its_status_badge_and_the_first_sentence_of_its_summary(string path, string badge, string caseId)
    {
        var document = await GetAsync(path);

        var items = document.QuerySelectorAll(".case-status-list > li.case-status");
        Assert.Equal(4, items.Length);
        var item = items.Single(li => li.QuerySelector($"a[href$='/cases/{caseId}']") is not null);
        Assert.Equal(badge, item.QuerySelector(".status-badge")?.TextContent);
        var sentence = item.QuerySelector(".case-status-sentence")!.TextContent;
        Assert.EndsWith(".", sentence, StringComparison.Ordinal);
        Assert.Contains("42,695", sentence, StringComparison.Ordinal);
        // The rest of the summary is folded, not dropped.
        Assert.Contains("26-5006", item.QuerySelector("details.case-status-more p")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_folds_the_menu_behind_a_details_button_named_Menu()
    {
        var document = await GetAsync("/es/timeline");

        var menu = document.QuerySelector("header details.site-menu")!;
        Assert.Equal("Menú", menu.QuerySelector("summary")?.TextContent);
        Assert.Single(document.QuerySelectorAll("nav[aria-label]"), n => n.Closest("header") is not null);
        Assert.Equal("/es/timeline", menu.QuerySelector("nav a[aria-current=page]")?.GetAttribute("href"));
    }
}
