using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Glossary;

public sealed class GlossaryPageTests(SiteFactory factory)
{
    private async Task<IDocument> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Each_entry_has_its_anchor_its_term_as_dfn_its_definition_and_its_sources_with_their_tier()
    {
        var document = await GetAsync("/glossary");
        Headings.AssertInOrder(document);

        var entries = document.QuerySelectorAll("main dl.glossary > div.glossary-entry");
        Assert.Equal(9, entries.Length);
        var stay = document.GetElementById("stay")!;
        Assert.Equal("Stay (court order)", stay.QuerySelector("dt > dfn")!.TextContent);
        Assert.StartsWith("A court order that halts part or all of something for a time", stay.QuerySelector("dd > p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Also written: stay order, stayed, stay of", stay.QuerySelector(".glossary-also")!.TextContent);
        var sources = stay.QuerySelectorAll(".source-refs > li");
        Assert.Equal(2, sources.Length);
        Assert.All(sources, li => Assert.NotNull(li.QuerySelector(".tier-badge")));
        // The index at the top links every entry by its anchor.
        Assert.Equal(entries.Select(e => "#" + e.Id), document.QuerySelectorAll("nav.glossary-index a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_spanish_glossary_reads_in_spanish_sorted_by_its_spanish_terms()
    {
        var document = await GetAsync("/es/glossary");

        Assert.Equal("es", document.DocumentElement.GetAttribute("lang"));
        var terms = document.QuerySelectorAll("main dfn").Select(d => d.TextContent).ToList();
        Assert.Equal("Fallo indicativo", terms[0]);
        Assert.Contains("Medida cautelar preliminar", terms);
        Assert.Equal("También se escribe: medida cautelar, medidas cautelares, medidas cautelares preliminares",
            document.GetElementById("preliminary-injunction")!.QuerySelector(".glossary-also")!.TextContent);
    }

    [Theory]
    [InlineData("/glossary", "/glossary")]
    [InlineData("/es/cases", "/es/glossary")]
    public async Task The_header_menu_links_the_glossary_in_the_page_language(string path, string href)
    {
        var document = await GetAsync(path);

        Assert.Single(document.QuerySelectorAll("header nav a"), a => a.GetAttribute("href") == href);
    }

    [Theory]
    [InlineData("/cases/ctr-v-irs", "/glossary#")]
    [InlineData("/es/cases/ctr-v-irs", "/es/glossary#")]
    [InlineData("/timeline", "/glossary#")]
    public async Task A_page_links_each_term_it_uses_once_to_the_glossary(string path, string prefix)
    {
        var document = await GetAsync(path);

        var links = document.QuerySelectorAll("main a.glossary-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith(prefix, href, StringComparison.Ordinal));
        Assert.Equal(links.Distinct().Count(), links.Count);
    }

    [Fact]
    public async Task A_case_page_links_the_first_use_of_stay_in_its_summary_not_a_later_one()
    {
        var document = await GetAsync("/cases/ctr-v-irs");

        var stay = Assert.Single(document.QuerySelectorAll("main a[href='/glossary#stay']"));
        Assert.NotNull(stay.Closest("p.lede"));
    }

    [Fact]
    public async Task A_source_page_lists_the_glossary_definitions_that_rest_on_it()
    {
        var document = await GetAsync("/sources/parker-tax-stay");

        var section = document.QuerySelector("section[aria-labelledby='definitions-title']")!;
        Assert.Equal("Glossary definitions that rest on it", section.QuerySelector("h2")!.TextContent);
        var link = Assert.Single(section.QuerySelectorAll("a"));
        Assert.Equal("/glossary#stay", link.GetAttribute("href"));
        Assert.Equal("Stay (court order)", link.TextContent);
    }
}
