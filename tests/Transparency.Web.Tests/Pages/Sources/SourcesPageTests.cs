using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Sources;

public sealed class SourcesPageTests(SiteFactory factory)
{
    private static readonly string[] TierHeadings = ["Primary documents", "Official records", "Original reporting", "Republications (copies)", "Aggregators"];

    private async Task<(HttpStatusCode Status, IDocument Document)> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    private static string Heading(IElement section) =>
        section.QuerySelector("h2")!.ChildNodes.OfType<IText>().First().Text.Trim();

    [Fact]
    public async Task Sources_are_grouped_by_tier_primary_documents_first_across_every_page()
    {
        var sections = new List<(string Heading, List<string> Ids)>();
        var total = 0;
        for (var url = "/sources"; url is not null;)
        {
            var (status, document) = await GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            Headings.AssertInOrder(document);
            foreach (var section in document.QuerySelectorAll("main section.tier-section"))
            {
                var ids = section.QuerySelectorAll("li.source").Select(li => li.Id!).ToList();
                total += ids.Count;
                if (sections.Count > 0 && sections[^1].Heading == Heading(section))
                {
                    sections[^1].Ids.AddRange(ids); // a tier that runs on from the previous page
                }
                else
                {
                    sections.Add((Heading(section), ids));
                }
            }
            url = document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(TierHeadings, sections.Select(s => s.Heading));
        Assert.Equal(["aicourttranscripts-centro-25-5181", "aicourttranscripts-ctr-26-5006", "clearinghouse-47018", "clearinghouse-46138"], sections[0].Ids);
        Assert.Equal(111, total);
    }

    [Fact]
    public async Task Each_source_shows_its_publisher_its_date_and_what_cites_it()
    {
        var (_, document) = await GetAsync("/sources");

        var source = document.QuerySelector("li#clearinghouse-46138")!;
        Assert.Equal("Civil Rights Litigation Clearinghouse: Center for Taxpayer Rights v. IRS", source.QuerySelector(".source-title[lang=en] a[rel=noreferrer]")?.TextContent);
        Assert.Contains("Civil Rights Litigation Clearinghouse · court record · no publication date given", Squash(source.QuerySelector(".source-meta")!.TextContent), StringComparison.Ordinal);
        Assert.StartsWith("Cited by 3 facts", source.QuerySelector("details > summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(source.QuerySelector("details a[href='/cases/ctr-v-irs']"));
        var dated = (await GetAsync("/sources?tier=official-record")).Document.QuerySelector("li#aic-immigration-impact .source-meta time");
        Assert.Equal("2025-05-22", dated?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task The_tier_filter_is_links_that_show_one_tier_with_its_count()
    {
        var (status, document) = await GetAsync("/sources?tier=republication");

        Assert.Equal(HttpStatusCode.OK, status);
        var filter = document.QuerySelector("main nav.tier-filter")!;
        Assert.Empty(document.QuerySelectorAll("main form"));
        Assert.Equal(
            ["/sources", "/sources?tier=primary-document", "/sources?tier=official-record", "/sources?tier=original-reporting", "/sources?tier=republication", "/sources?tier=aggregator"],
            filter.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Republications (copies) (28)", filter.QuerySelector("a[aria-current=true]")?.TextContent);
        var section = Assert.Single(document.QuerySelectorAll("main section.tier-section"));
        Assert.Equal("Republications (copies)", Heading(section));
        var copies = section.QuerySelectorAll("li.source");
        Assert.Equal(28, copies.Length);
        // A copy names the outlet it repeats, and says when it does not give the original's address.
        var kvia = document.QuerySelector("li#cnn-via-kvia .source-original")!;
        Assert.Equal("A copy of an article by CNN; the copy does not give the original's address.", Squash(kvia.TextContent));
        Assert.Equal("en", kvia.QuerySelector("span")?.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("nav.pager"));
        Assert.Equal("Republications (copies) · Sources · Transparency", document.Title);
    }

    [Fact]
    public async Task A_tier_list_pages_on_with_its_filter_kept()
    {
        var (_, first) = await GetAsync("/sources?tier=original-reporting");
        var next = first.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");

        Assert.Equal("/sources?tier=original-reporting&page=2", next);
        var (_, second) = await GetAsync(next!);
        Assert.Equal(55, 50 + second.QuerySelectorAll("li.source").Length);
        Assert.All(second.QuerySelectorAll("main section.tier-section"), s => Assert.Equal("Original reporting", Heading(s)));
        Assert.Equal("/sources?tier=original-reporting", second.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_tier_is_ignored_and_said_so_like_the_timelines_filters()
    {
        var (status, document) = await GetAsync("/sources?tier=blog-post");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ignored unknown filter value: tier “blog-post”.", document.QuerySelector("main p.note")?.TextContent);
        Assert.Equal("/sources", document.QuerySelector("nav.tier-filter a[aria-current=true]")?.GetAttribute("href"));
        Assert.Equal("Primary documents", Heading(document.QuerySelector("main section.tier-section")!));
    }

    [Fact]
    public async Task The_spanish_page_names_the_tiers_in_spanish_and_links_the_documents()
    {
        var (status, document) = await GetAsync("/es/sources?tier=primary-document");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Documentos originales", Heading(document.QuerySelector("main section.tier-section")!));
        Assert.Equal("Documentos originales (4)", document.QuerySelector("nav.tier-filter a[aria-current=true]")?.TextContent);
        Assert.Equal("/es/sources?tier=official-record", document.QuerySelector("nav.tier-filter a[href*=official]")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main a[href='/es/documents']"));
        Assert.Contains("sin fecha de publicación", document.QuerySelector("main .source-meta")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_page_shows_its_tier_and_for_a_copy_its_original_outlet()
    {
        var (_, document) = await GetAsync("/sources/cnn-via-kvia");

        Assert.Equal("Republication (a copy)", document.QuerySelector("main .source-tier .tier-badge")?.TextContent);
        Assert.Equal("/sources?tier=republication", document.QuerySelector("main .source-tier a")?.GetAttribute("href"));
        Assert.Contains("A copy of an article by CNN", Squash(document.QuerySelector("main .source-original")!.TextContent), StringComparison.Ordinal);
        var (_, primary) = await GetAsync("/es/sources/clearinghouse-46138");
        Assert.Equal("Documento original", primary.QuerySelector("main .source-tier .tier-badge")?.TextContent);
        Assert.Null(primary.QuerySelector("main .source-original"));
    }

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}

public sealed class SourceOriginalUrlTests(OriginalUrlSiteFactory factory) : IClassFixture<OriginalUrlSiteFactory>
{
    [Fact]
    public async Task A_copy_that_gives_its_original_links_it_on_the_sources_pages_and_beside_the_facts_it_supports()
    {
        using var client = factory.CreateClient();
        var parser = new HtmlParser();

        var list = parser.ParseDocument(await client.GetStringAsync("/sources?tier=republication", TestContext.Current.CancellationToken));
        var one = parser.ParseDocument(await client.GetStringAsync($"/sources/{OriginalUrlSiteFactory.CopyId}", TestContext.Current.CancellationToken));
        var fact = parser.ParseDocument(await client.GetStringAsync($"/es/events/{OriginalUrlSiteFactory.CitingEvent}", TestContext.Current.CancellationToken));

        foreach (var original in new[] { list.QuerySelector($"li#{OriginalUrlSiteFactory.CopyId} .source-original a"), one.QuerySelector("main .source-original a") })
        {
            Assert.Equal(OriginalUrlSiteFactory.OriginalUrl, original?.GetAttribute("href"));
            Assert.Equal("Read the original article", original?.TextContent);
            Assert.Equal("noreferrer", original?.GetAttribute("rel"));
        }
        var copy = fact.QuerySelectorAll("main .sources li").Single(li => li.QuerySelector($"a[href*='kvia.com']") is not null);
        Assert.Equal("Reproducción (una copia)", copy.QuerySelector(".tier-badge")?.TextContent);
        Assert.Equal(OriginalUrlSiteFactory.OriginalUrl, copy.QuerySelector(".source-copy a")?.GetAttribute("href"));
        Assert.Equal(" (copia de CNN; original)", copy.QuerySelector(".source-copy")?.TextContent);
    }
}
