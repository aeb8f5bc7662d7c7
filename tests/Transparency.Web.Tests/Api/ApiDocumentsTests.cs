using System.Net;
using System.Text.Json;

namespace Transparency.Web.Tests.Api;

public sealed class ApiDocumentsTests(SiteFactory factory)
{
    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static JsonElement Find(JsonDocument page, string id) =>
        page.RootElement.GetProperty("data").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Every_document_is_listed_in_page_order_with_paging_links()
    {
        var ids = new List<string>();
        for (string? next = "/api/v1/documents?page_size=3"; next is not null;)
        {
            using var page = await GetJsonAsync(next);
            Assert.Equal(4, page.RootElement.GetProperty("total").GetInt32());
            ids.AddRange(page.RootElement.GetProperty("data").EnumerateArray().Select(d => d.GetProperty("id").GetString()!));
            next = page.RootElement.GetProperty("links").GetProperty("next").GetString();
        }

        Assert.Equal(["ctr-26-5006-argument-transcript", "centro-2025-05-12-pi-order", "ctr-2025-11-21-stay-opinion", "irs-dhs-mou"], ids);
        using var index = await GetJsonAsync("/api/v1");
        Assert.Equal("/api/v1/documents", index.RootElement.GetProperty("links").GetProperty("documents").GetString());
    }

    [Fact]
    public async Task A_document_says_whether_we_hold_it_where_it_was_filed_and_what_it_records_in_snake_case()
    {
        using var page = await GetJsonAsync("/api/v1/documents");

        var transcript = Find(page, "ctr-26-5006-argument-transcript");
        Assert.Equal("transcript", transcript.GetProperty("kind").GetString());
        Assert.True(transcript.GetProperty("stored").GetBoolean());
        Assert.Equal("aicourttranscripts-ctr-26-5006", transcript.GetProperty("source_id").GetString());
        Assert.Equal("primary-document", transcript.GetProperty("source_tier").GetString());
        Assert.Equal(JsonValueKind.Null, transcript.GetProperty("dated_on").ValueKind);
        Assert.Equal("ctr-cadc", transcript.GetProperty("docket_id").GetString());
        Assert.Equal("U.S. Court of Appeals for the D.C. Circuit", transcript.GetProperty("court").GetString());
        Assert.Equal("26-5006", transcript.GetProperty("docket_number").GetString());
        Assert.Equal("https://www.courtlistener.com/?type=r&docket_number=26-5006&court=cadc", transcript.GetProperty("court_listener_search").GetString());
        Assert.Equal("/api/v1/events/2026-dc-circuit-hears-ctr-appeal", transcript.GetProperty("links").GetProperty("event").GetString());
        Assert.Equal("/documents#ctr-26-5006-argument-transcript", transcript.GetProperty("links").GetProperty("html").GetString());

        var order = Find(page, "centro-2025-05-12-pi-order");
        Assert.False(order.GetProperty("stored").GetBoolean());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("source_url").ValueKind);
        Assert.Equal(JsonValueKind.Null, order.GetProperty("source_tier").ValueKind);
        Assert.Equal("Dkt. 28", order.GetProperty("reference").GetString());
        Assert.Equal("tr-judge-declines", order.GetProperty("reference_source_id").GetString());
        Assert.Equal("2025-05-12", order.GetProperty("dated_on").GetString());
        Assert.Equal("day", order.GetProperty("dated_precision").GetString());
        Assert.Equal(16, order.GetProperty("pages").GetInt32());
        Assert.Equal("centro-2025-05-12-pi-denied", order.GetProperty("ruling_id").GetString());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("docket_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, order.GetProperty("court_listener_search").ValueKind);
        var tiers = order.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("tier").GetString()).ToList();
        Assert.Equal("official-record", tiers[0]);
        Assert.Equal(JsonValueKind.Null, Find(page, "irs-dhs-mou").GetProperty("case_id").ValueKind);
    }

    [Fact]
    public async Task A_document_past_the_first_html_page_links_the_page_that_holds_it()
    {
        Assert.Equal("/documents#a", Transparency.Web.Components.Pages.Documents.DocumentsPage.Href("a", 50));
        Assert.Equal("/documents?page=2#b", Transparency.Web.Components.Pages.Documents.DocumentsPage.Href("b", 51));
        using var page = await GetJsonAsync("/api/v1/documents?page=2&page_size=2");
        Assert.Equal("/documents#ctr-2025-11-21-stay-opinion", page.RootElement.GetProperty("data")[0].GetProperty("links").GetProperty("html").GetString());
    }
}
