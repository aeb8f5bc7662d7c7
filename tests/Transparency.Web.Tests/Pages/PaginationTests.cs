using System.Net;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages;

/// <summary>
/// Lists that grow with the data render a page at a time, with plain links to the next and previous pages
/// (static rendering, no script). The real data has 111 sources, so /sources has three pages of 50.
/// </summary>
public sealed class PaginationTests(SiteFactory factory)
{
    [Fact]
    public async Task Sources_are_listed_fifty_at_a_time_with_plain_links_to_the_next_and_previous_pages()
    {
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var first = new HtmlParser().ParseDocument(await client.GetStringAsync("/sources", ct));
        var second = new HtmlParser().ParseDocument(await client.GetStringAsync("/sources?page=2", ct));
        var third = new HtmlParser().ParseDocument(await client.GetStringAsync("/sources?page=3", ct));

        var firstIds = first.QuerySelectorAll("ol.source-list > li").Select(li => li.Id).ToList();
        var secondIds = second.QuerySelectorAll("ol.source-list > li").Select(li => li.Id).ToList();
        var thirdIds = third.QuerySelectorAll("ol.source-list > li").Select(li => li.Id).ToList();
        Assert.Equal(50, firstIds.Count);
        Assert.Equal(50, secondIds.Count);
        Assert.Equal(11, thirdIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal("/sources?page=2", first.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector("nav.pager a[rel=prev]"));
        Assert.Equal("/sources", second.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/sources?page=3", second.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/sources?page=2", third.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(third.QuerySelector("nav.pager a[rel=next]"));
    }

    [Fact]
    public async Task A_source_cited_more_than_the_list_shows_links_to_its_own_page_listing_every_use()
    {
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var list = new HtmlParser().ParseDocument(await client.GetStringAsync("/sources", ct));

        // The list shows a few uses per source; the link to the rest names the source's own page.
        var more = list.QuerySelectorAll("li.source details a[href^='/sources/']")[0];
        var item = more.Closest("li.source")!;
        var own = new HtmlParser().ParseDocument(await client.GetStringAsync(more.GetAttribute("href")!, ct));

        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(item.QuerySelector("summary")!.TextContent, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > item.QuerySelectorAll("details li").Length);
        Assert.Equal(count, own.QuerySelectorAll("section[aria-labelledby=uses-title] li").Length);
        Assert.Contains(count.ToString(System.Globalization.CultureInfo.InvariantCulture), own.QuerySelector("h2#uses-title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(item.QuerySelector("p.source-title")!.TextContent.Trim(), own.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/sources?page=0")]
    [InlineData("/sources?page=-1")]
    [InlineData("/sources?page=abc")]
    [InlineData("/sources?page=99999")]
    [InlineData("/requests?page=99999")]
    [InlineData("/requests?page=x")]
    [InlineData("/cases?page=99999")]
    [InlineData("/figures?page=0")]
    [InlineData("/figures/addresses-disclosed?page=99999")]
    public async Task A_page_number_out_of_range_or_not_a_number_is_never_an_error(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("IRS\" OR \"x")]
    [InlineData("NEAR(IRS ICE)")]
    [InlineData("title:IRS")]
    [InlineData("*")]
    [InlineData("AND OR NOT")]
    [InlineData("^IRS")]
    [InlineData("---")]
    public async Task Full_text_syntax_in_the_search_box_is_searched_as_words_never_an_error(string q)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/timeline?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
