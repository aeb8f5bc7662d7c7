using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Overview;

/// <summary>
/// The overview's first screen: one takeaway sentence composed from the fixture's preferred values, the key
/// numbers, and each case's court standing as a badge and one sentence.
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
            "ICE asked the IRS for the addresses of 1.28 million people; the IRS sent 47,289 on 7 Aug 2025; a federal judge later found about 42,695 of those disclosures broke the law.",
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

    // CourtStandings' rule on the fixture: CTR's latest ruling that is not procedural is the 26 Feb 2026
    // memorandum opinion (found-unlawful; the indicative ruling of Feb 2026 is procedural), its 21 Nov 2025 stay
    // (blocked) still stands as no later ruling allowed the sharing, and its status is appeal-pending; Centro's
    // is the affirmed appeal (allowed); CEDC's the stay (blocked); California's the partial lift (allowed, partly-lifted).
    [Theory]
    [InlineData("/", "ctr-v-irs", "Disclosures found unlawful|Sharing blocked or limited|Appeal pending", "Latest ruling on the sharing, 26 Feb 2026: Memorandum opinion: about 42,695 disclosures broke the tax code.")]
    [InlineData("/es/", "ctr-v-irs", "Entregas declaradas ilegales|Intercambio bloqueado o limitado|Apelación pendiente", "Último fallo sobre el intercambio, 26 feb 2026:")]
    [InlineData("/", "centro-v-bessent", "Sharing allowed", "Latest ruling on the sharing, 24 Feb 2026: D.C. Circuit affirms denial of preliminary injunction in Centro.")]
    [InlineData("/", "cedc-v-bessent", "Sharing blocked or limited", "Latest ruling on the sharing, 5 Feb 2026:")]
    // California's injunction was partly lifted: six identifiers may be shared, the rest stays blocked.
    [InlineData("/", "california-v-hhs", "Sharing partly allowed", "Latest ruling on the sharing, 29 Dec 2025:")]
    [InlineData("/es/", "california-v-hhs", "Intercambio permitido en parte", "Último fallo sobre el intercambio, 29 dic 2025:")]
    public async Task Each_case_shows_its_court_standing_as_a_badge_and_a_sentence_naming_the_ruling_behind_it(string path, string caseId, string badges, string sentence)
    {
        var document = await GetAsync(path);

        var items = document.QuerySelectorAll(".case-status-list > li.case-status");
        Assert.Equal(4, items.Length);
        var item = items.Single(li => li.QuerySelector($".case-status-head a[href$='/cases/{caseId}']") is not null);
        Assert.Equal(badges.Split('|'), item.QuerySelectorAll(".status-badge").Select(b => b.TextContent));
        Assert.StartsWith(sentence, string.Join(" ", item.QuerySelector(".case-status-sentence")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        // The sentence links the ruling on the case page; the status summary is folded, not dropped.
        Assert.Contains($"/cases/{caseId}#", item.QuerySelector(".case-status-sentence a")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotEmpty(item.QuerySelector("details.case-status-more p")?.TextContent ?? "");
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

    // The primary documents are linked from every page's footer (the header's one-line nav has no room for them).
    [Theory]
    [InlineData("/", "/documents", "Documents")]
    [InlineData("/es/", "/es/documents", "Documentos")]
    public async Task The_footer_links_the_primary_documents_in_the_page_language(string path, string href, string label)
    {
        var document = await GetAsync(path);

        Assert.Equal(label, document.QuerySelector($"footer nav a[href='{href}']")?.TextContent);
    }
}
