using System.Net;
using System.Text.Json;

namespace Transparency.Web.Tests.Api;

public sealed class ApiSearchTests(SiteFactory factory)
{
    private async Task<(HttpStatusCode Status, string? Type, JsonDocument Json)> GetAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static JsonElement Group(JsonDocument json, string kind) =>
        json.RootElement.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == kind);

    [Fact]
    public async Task A_search_answers_one_group_per_kind_with_marked_runs_and_links()
    {
        var (status, type, json) = await GetAsync("/api/v1/search?q=ITIN");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.Equal(["guide", "glossary", "event", "case", "ruling", "figure", "figure-value", "request", "document", "source"],
            json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("kind").GetString()));
        Assert.Equal(["itin"], json.RootElement.GetProperty("words").EnumerateArray().Select(w => w.GetString()));
        var events = Group(json, "event");
        Assert.Equal(1, events.GetProperty("total").GetInt32());
        Assert.False(events.GetProperty("total_capped").GetBoolean());
        Assert.True(events.GetProperty("ranked").GetBoolean());
        var hit = events.GetProperty("data")[0];
        Assert.Equal("2025-08-07-wapo-40000-name-list", hit.GetProperty("id").GetString());
        Assert.Equal("/api/v1/events/2025-08-07-wapo-40000-name-list", hit.GetProperty("links").GetProperty("api").GetString());
        Assert.Equal("/events/2025-08-07-wapo-40000-name-list", hit.GetProperty("links").GetProperty("html").GetString());
        Assert.Equal("en", hit.GetProperty("excerpt_lang").GetString());
        var runs = hit.GetProperty("excerpt_runs").EnumerateArray().ToList();
        Assert.Contains(runs, r => r.GetProperty("match").GetBoolean() && r.GetProperty("text").GetString() == "ITINs");
        Assert.Equal(hit.GetProperty("excerpt").GetString(), string.Concat(runs.Select(r => r.GetProperty("text").GetString())));
        Assert.DoesNotContain('\uE000', hit.GetProperty("excerpt").GetString()!);
        Assert.Equal(0, Group(json, "case").GetProperty("total").GetInt32());
        Assert.Equal("/search?q=ITIN", json.RootElement.GetProperty("links").GetProperty("html").GetString());
    }

    [Fact]
    public async Task One_kind_pages_with_links_and_spanish_reads_spanish()
    {
        var (status, _, json) = await GetAsync("/api/v1/search?q=direccion&kind=event&lang=es&page=2&page_size=2");

        Assert.Equal(HttpStatusCode.OK, status);
        var events = Assert.Single(json.RootElement.GetProperty("groups").EnumerateArray());
        Assert.Equal(2, events.GetProperty("page").GetInt32());
        Assert.Equal(2, events.GetProperty("data").GetArrayLength());
        Assert.Equal("/api/v1/search?q=direccion&lang=es&kind=event&page=3&page_size=2", events.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal("/api/v1/search?q=direccion&lang=es&kind=event&page=1&page_size=2", events.GetProperty("links").GetProperty("prev").GetString());
        Assert.All(events.GetProperty("data").EnumerateArray(), h => Assert.StartsWith("/es/events/", h.GetProperty("links").GetProperty("html").GetString(), StringComparison.Ordinal));
        Assert.Equal("es", json.RootElement.GetProperty("lang").GetString());
    }

    [Theory]
    [InlineData("/api/v1/search?q=%22", "q")]
    [InlineData("/api/v1/search?q=%28%20%29", "q")]
    [InlineData("/api/v1/search?q=court&kind=everything", "kind")]
    [InlineData("/api/v1/search?q=court&lang=fr", "lang")]
    [InlineData("/api/v1/search?q=court&page=0", "page")]
    [InlineData("/api/v1/search?q=court&sort=newest", "sort")]
    public async Task A_bad_query_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var (status, type, json) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Without_words_nothing_is_searched_and_every_group_is_empty()
    {
        var (status, _, json) = await GetAsync("/api/v1/search");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(json.RootElement.GetProperty("words").EnumerateArray());
        Assert.All(json.RootElement.GetProperty("groups").EnumerateArray(), g => Assert.Equal(0, g.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task Two_thousand_characters_are_a_400_problem_not_a_failure()
    {
        var (status, _, json) = await GetAsync("/api/v1/search?q=" + new string('a', 2000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("q", json.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_search()
    {
        var (_, _, json) = await GetAsync("/openapi/v1.json");

        var operation = json.RootElement.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get");
        Assert.Equal("search", operation.GetProperty("operationId").GetString());
        Assert.Equal(["q", "kind", "lang", "page", "page_size"], operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var (_, _, index) = await GetAsync("/api/v1");
        Assert.Equal("/api/v1/search", index.RootElement.GetProperty("links").GetProperty("search").GetString());
    }
}
