using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Search;

public sealed class SearchPageTests(SiteFactory factory)
{
    private async Task<(HttpStatusCode Status, string Html, IDocument Document)> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, html, new HtmlParser().ParseDocument(html));
    }

    private static IElement Group(IDocument page, string kind) => page.QuerySelector($"section[aria-labelledby='results-{kind}']")
        ?? throw new InvalidOperationException($"no group for {kind}");

    [Fact]
    public async Task Results_are_grouped_by_kind_with_counts_links_and_the_matching_words_marked()
    {
        var (status, _, page) = await GetAsync("/search?q=ITIN");

        Assert.Equal(HttpStatusCode.OK, status);
        Headings.AssertInOrder(page);
        Assert.Equal(["What this means for you (2)", "Glossary (1)", "Events (1)", "Figures (2)", "Reported values (1)", "Requests for data (1)", "Sources (2)"],
            page.QuerySelectorAll("main section.search-group h3").Select(h => Squash(h.TextContent)));
        Assert.Equal(["#results-guide", "#results-glossary", "#results-event", "#results-figure", "#results-figure-value", "#results-request", "#results-source"],
            page.QuerySelectorAll("main nav.search-kinds a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/events/2025-08-07-wapo-40000-name-list", Group(page, "event").QuerySelector("a.search-hit-title")?.GetAttribute("href"));
        Assert.Equal("/requests#2025-08-07-dhs-40000-name-list", Group(page, "request").QuerySelector("a.search-hit-title")?.GetAttribute("href"));
        Assert.Equal("/figures/itin-filings-drop#itin-filings-drop-blog", Group(page, "figure-value").QuerySelector("a.search-hit-title")?.GetAttribute("href"));
        Assert.All(Group(page, "source").QuerySelectorAll("a.search-hit-title"), a => Assert.StartsWith("/sources/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains("ITIN", Group(page, "figure").QuerySelectorAll("a.search-hit-title mark").Select(m => m.TextContent));
        Assert.Contains("ITINs", Group(page, "event").QuerySelectorAll(".search-excerpt mark").Select(m => m.TextContent));
        Assert.Contains("No match in: court cases, court rulings, documents.", Squash(page.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task A_ruling_links_to_its_place_on_its_case_page()
    {
        var (_, _, page) = await GetAsync("/search?q=Romo");

        Assert.Equal("/cases/ctr-v-irs#ctr-2026-02-indicative-ruling", Group(page, "ruling").QuerySelector("a.search-hit-title")?.GetAttribute("href"));
        Assert.Contains("Romo", Group(page, "ruling").QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task No_words_give_a_page_that_says_what_to_search_for()
    {
        var (status, _, page) = await GetAsync("/search");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(page.QuerySelector("#results-title"));
        Assert.Contains("/search?q=ITIN", page.QuerySelectorAll(".search-examples a").Select(a => a.GetAttribute("href")));
        Assert.Equal(Enum.GetValues<Transparency.Data.Search.SearchKind>().Length, page.QuerySelectorAll("section[aria-labelledby=search-start] ul:not(.search-examples) li").Length);
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Theory]
    [InlineData("%22", "“\"” has no letter or digit to look for.")]
    [InlineData("%28%20%29%20%2A", "has no letter or digit to look for.")]
    [InlineData("zzzqqq", "Nothing on the site matches “zzzqqq”.")]
    [InlineData("AND%20%28", "Results for “AND (”")]
    [InlineData("court%2A%20NEAR%28x%29%20title%3A", "Results for “court* NEAR(x) title:”")]
    public async Task A_malformed_or_fruitless_search_says_so_plainly(string query, string message)
    {
        var (status, html, page) = await GetAsync($"/search?q={query}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, Squash(page.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_thousand_characters_are_searched_cut_and_the_reader_is_told()
    {
        var (status, _, page) = await GetAsync("/search?q=" + string.Concat(Enumerable.Repeat("court%20", 250)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Only the first 200 characters were searched.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("section.search-group"));
        Assert.True(page.QuerySelector("#search-q")!.GetAttribute("value")!.Length <= 200);
    }

    [Fact]
    public async Task The_readers_words_come_back_escaped_everywhere()
    {
        var (status, html, page) = await GetAsync("/search?q=%3Cscript%3Ealert(%22x%22)%3C%2Fscript%3E%20%26%20ITIN&kind=%3Cb%3E");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert(\"x\")</script> & ITIN", page.QuerySelector("#search-q")?.GetAttribute("value"));
        Assert.Contains("There is no kind of result called “<b>”", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // "script", "alert" and "x" are words like any other; ITIN still matches.
        Assert.Null(page.QuerySelector("main script"));
    }

    [Fact]
    public async Task One_kind_is_shown_alone_paged_with_a_way_back_to_every_kind()
    {
        var (_, _, page) = await GetAsync("/search?q=IRS&kind=event");

        Assert.Equal(["results-event"], page.QuerySelectorAll("section.search-group").Select(s => s.GetAttribute("aria-labelledby")));
        Assert.Equal(20, page.QuerySelectorAll("ol.search-results li").Length);
        Assert.Equal("/search?q=IRS", page.QuerySelector("main a[href='/search?q=IRS']")?.GetAttribute("href"));
        Assert.Equal("/search?q=IRS&kind=event&page=2", page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("event", page.QuerySelector("form.search-form input[name=kind]")?.GetAttribute("value"));

        var (_, _, second) = await GetAsync("/search?q=IRS&kind=event&page=2");
        Assert.Equal("21", second.QuerySelector("ol.search-results")?.GetAttribute("start"));
        Assert.Empty(page.QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href"))
            .Intersect(second.QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href"))));
    }

    [Fact]
    public async Task Every_kinds_group_shows_its_best_five_and_links_to_the_rest()
    {
        var (_, _, page) = await GetAsync("/search?q=IRS");

        var events = Group(page, "event");
        Assert.Equal(5, events.QuerySelectorAll("ol.search-results li").Length);
        Assert.StartsWith("/search?q=IRS&kind=event", events.QuerySelector("a[href^='/search?q=IRS&kind=event']")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_spanish_search_reads_spanish_links_to_spanish_pages_and_finds_longer_words()
    {
        var (status, _, page) = await GetAsync("/es/search?q=direccion");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Resultados de «direccion»", Squash(page.QuerySelector("#results-title")!.TextContent));
        // The guide answers first, in plain words; then the facts.
        Assert.StartsWith("Qué significa para usted (", Squash(page.QuerySelector("section.search-group h3")!.TextContent), StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("a.search-hit-title"), a => Assert.StartsWith("/es/", a.GetAttribute("href"), StringComparison.Ordinal));
        var marked = page.QuerySelectorAll("main mark").Select(m => m.TextContent.ToLowerInvariant()).ToHashSet();
        Assert.Contains("dirección", marked);
        Assert.Contains("direcciones", marked);
    }

    [Fact]
    public async Task A_match_only_in_the_other_language_is_shown_in_that_language_and_says_so()
    {
        var (_, _, page) = await GetAsync("/search?q=indocumentados");

        var excerpt = Group(page, "figure").QuerySelector(".search-excerpt")!;
        Assert.Equal("Matches in the Spanish text:", excerpt.QuerySelector(".search-other-language")?.TextContent);
        Assert.Equal("es", excerpt.QuerySelector("span[lang]")?.GetAttribute("lang"));
        Assert.Equal("indocumentados", excerpt.QuerySelector("span[lang] mark")?.TextContent);
    }

    [Theory]
    [InlineData("/", "/search")]
    [InlineData("/timeline", "/search")]
    [InlineData("/es/", "/es/search")]
    [InlineData("/es/cases", "/es/search")]
    public async Task Every_page_has_a_search_form_in_its_header_that_needs_no_script(string path, string action)
    {
        var (_, _, page) = await GetAsync(path);

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(action, form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input[type=search]")?.GetAttribute("name"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.NotNull(page.QuerySelector($"label[for='{form.QuerySelector("input")!.Id}']"));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
