using System.Net;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Events;

public sealed class EventPageTests(SiteFactory factory)
{
    public static TheoryData<string, string, string> Events => new()
    {
        { "2025-02-17-ctr-v-irs-filed", "Center for Taxpayer Rights v. IRS filed", "17 Feb 2025" },
        // Month precision with a day-precision alternative date.
        { "2025-02-ice-asks-irs-for-700000-addresses", "ICE asks the IRS for about 700,000 addresses", "Feb 2025 or 18 Feb 2025" },
        // A date worked out from a weekday.
        { "2025-02-27-dhs-memo-seeks-700000-addresses", "DHS memo seeks about 700,000 addresses; IRS leaders say no", "(derived)" },
        // A court ruling: names the ruling it records.
        { "2026-02-05-cedc-stay-and-injunction", "Judge Talwani pauses the IRS-ICE arrangements in CEDC", "IRS-ICE arrangements stayed and ICE barred from using IRS data" },
        // A context item.
        { "2025-02-ssa-gives-ice-addresses", "Context: this event is not about IRS data", "Context" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public async Task An_event_page_shows_the_event_its_sources_and_how_to_cite_it(string id, string text, string detail)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/events/{id}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = System.Text.RegularExpressions.Regex.Replace(document.QuerySelector("main")!.TextContent, @"\s+", " ");
        Assert.Contains(text, main, StringComparison.Ordinal);
        Assert.Contains(detail, main, StringComparison.Ordinal);
        // The timeline is paged: the link must lead to a view that holds the event, at its anchor.
        var inTimeline = document.QuerySelector($"main a[href$='#{id}'][href^='/timeline?']")?.GetAttribute("href");
        Assert.NotNull(inTimeline);
        using var view = await client.GetAsync(inTimeline.Split('#')[0], TestContext.Current.CancellationToken);
        var viewDocument = new HtmlParser().ParseDocument(await view.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(viewDocument.QuerySelector($"ol.event-list > li[id='{id}']"));
        Assert.NotEmpty(document.QuerySelectorAll("main .sources a[rel=noreferrer]"));
        Assert.NotNull(document.QuerySelector("main a.sourcing[href='/methodology#labels']"));
        Assert.Equal("Cite this", document.QuerySelector("main details.cite-this > summary")?.TextContent);
        Assert.Contains($"http://localhost/events/{id}.", document.QuerySelector(".citation")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"@misc{{transparency-{id},", document.QuerySelector("pre.bibtex > code")?.TextContent, StringComparison.Ordinal);
        Headings.AssertInOrder(document);
    }

    [Fact]
    public async Task An_event_page_links_the_figures_it_mentions_its_case_and_its_ruling()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/events/2025-10-29-ctr-administrative-record-filed", TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        Assert.NotNull(document.QuerySelector("main a[href='/figures/narrowed-request']"));
        Assert.NotNull(document.QuerySelector("main a[href='/cases/ctr-v-irs']"));
        var ruling = new HtmlParser().ParseDocument(await client.GetStringAsync("/events/2026-02-05-cedc-stay-and-injunction", TestContext.Current.CancellationToken));
        Assert.NotNull(ruling.QuerySelector("main a[href='/cases/cedc-v-bessent#cedc-2026-02-05-stay-and-injunction']"));
    }

    [Theory]
    [InlineData("/events/no-such-event")]
    [InlineData("/events/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/events/2025-02-17-CTR-V-IRS-FILED")]
    public async Task An_unknown_event_gets_the_404_page(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_timeline_title_links_to_its_event_page()
    {
        using var client = factory.CreateClient();

        // Every page of the timeline, following its "next" links (25 events a page).
        var events = new List<AngleSharp.Dom.IElement>();
        for (var url = "/timeline"; url is not null;)
        {
            var document = new HtmlParser().ParseDocument(await client.GetStringAsync(url, TestContext.Current.CancellationToken));
            events.AddRange(document.QuerySelectorAll("li.event"));
            url = document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal(55, events.Count);
        Assert.Equal(55, events.Select(e => e.Id).Distinct().Count());
        Assert.All(events, e => Assert.Equal($"/events/{e.Id}", e.QuerySelector("h3 a")?.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/cases/ctr-v-irs", "http://localhost/cases/ctr-v-irs")]
    [InlineData("/figures/addresses-disclosed", "http://localhost/figures/addresses-disclosed")]
    public async Task Case_and_figure_pages_can_be_cited_too(string path, string url)
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        var citation = document.QuerySelector("details.cite-this .citation")?.TextContent;
        Assert.Contains("Dataset version 1.0.0", citation, StringComparison.Ordinal);
        Assert.Contains(url + ".", citation, StringComparison.Ordinal);
        Assert.Contains("Sources: ", citation, StringComparison.Ordinal);
    }
}
