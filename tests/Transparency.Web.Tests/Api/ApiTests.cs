using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Data.Dataset;
using Transparency.Data.Timeline;

namespace Transparency.Web.Tests.Api;

public sealed class ApiTests(SiteFactory factory)
{
    [Fact]
    public async Task Events_come_50_to_a_page_by_default_with_links_to_the_next_page()
    {
        using var page = await GetJsonAsync("/api/v1/events");
        var root = page.RootElement;

        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(50, root.GetProperty("page_size").GetInt32());
        Assert.Equal(55, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("total_pages").GetInt32());
        Assert.Equal(50, root.GetProperty("data").GetArrayLength());
        Assert.Equal("/api/v1/events?page=2&page_size=50", root.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("links").GetProperty("prev").ValueKind);
    }

    [Fact]
    public async Task Following_next_links_visits_every_event_once_and_keeps_the_filters()
    {
        var ids = new List<string>();
        string? next = "/api/v1/events?order=oldest&page_size=7";
        while (next is not null)
        {
            using var page = await GetJsonAsync(next);
            ids.AddRange(page.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            var links = page.RootElement.GetProperty("links");
            Assert.Contains("order=oldest", links.GetProperty("self").GetString(), StringComparison.Ordinal);
            next = links.GetProperty("next").GetString();
        }

        Assert.Equal(55, ids.Count);
        Assert.Equal(55, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_page_past_the_last_is_empty_not_an_error()
    {
        using var page = await GetJsonAsync("/api/v1/sources?page=999&page_size=100");

        Assert.Equal(0, page.RootElement.GetProperty("data").GetArrayLength());
        Assert.Equal("/api/v1/sources?page=2&page_size=100", page.RootElement.GetProperty("links").GetProperty("prev").GetString());
    }

    [Theory]
    [InlineData("/api/v1/events?page_size=101", "page_size")]
    [InlineData("/api/v1/events?page_size=0", "page_size")]
    [InlineData("/api/v1/events?page_size=ten", "page_size")]
    [InlineData("/api/v1/sources?page=0", "page")]
    [InlineData("/api/v1/sources?page=-1", "page")]
    [InlineData("/api/v1/sources?page=1.5", "page")]
    [InlineData("/api/v1/sources?page=99999999999999999999", "page")]
    [InlineData("/api/v1/events?page=1&page=2", "page")]
    [InlineData("/api/v1/events?category=parade", "category")]
    [InlineData("/api/v1/events?category=Court-Ruling", "category")]
    [InlineData("/api/v1/events?case=..%2F..%2Fetc", "case")]
    [InlineData("/api/v1/events?year=1999", "year")]
    [InlineData("/api/v1/events?year=abc", "year")]
    [InlineData("/api/v1/events?order=random", "order")]
    [InlineData("/api/v1/events?categroy=court-ruling", "categroy")]
    [InlineData("/api/v1/cases?status=1", "status")]
    [InlineData("/api/v1/figures/addresses-disclosed?x=1", "x")]
    public async Task Bad_query_parameters_are_400_problem_details_naming_the_parameter(string url, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        using var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(url.Split('?')[0], problem.RootElement.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Text_search_longer_than_200_characters_is_refused_and_200_is_accepted()
    {
        using var client = factory.CreateClient();

        using var tooLong = await client.GetAsync("/api/v1/events?q=" + new string('a', 201), TestContext.Current.CancellationToken);
        using var longest = await client.GetAsync("/api/v1/events?q=" + new string('a', 200), TestContext.Current.CancellationToken);

        using var problem = await ReadProblemAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.Equal("q", problem.RootElement.GetProperty("parameter").GetString());
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/events/no-such-event")]
    [InlineData("/api/v1/cases/no-such-case")]
    [InlineData("/api/v1/requests/no-such-request")]
    [InlineData("/api/v1/figures/no-such-figure")]
    [InlineData("/api/v1/sources/no-such-source")]
    [InlineData("/api/v1/sources/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/no-such-collection")]
    [InlineData("/api/v1/events/2025-02-17-ctr-v-irs-filed/more")]
    public async Task Unknown_ids_and_addresses_are_404_problem_details(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        using var problem = await ReadProblemAsync(response, HttpStatusCode.NotFound);

        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(problem.RootElement.TryGetProperty("parameter", out _));
    }

    [Theory]
    [InlineData("POST", "/api/v1/events")]
    [InlineData("DELETE", "/api/v1/cases/ctr-v-irs")]
    [InlineData("PUT", "/api/v1")]
    public async Task Writing_methods_are_405_problem_details_that_say_what_is_allowed(string method, string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), TestContext.Current.CancellationToken);
        using var problem = await ReadProblemAsync(response, HttpStatusCode.MethodNotAllowed);

        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_matching_etag_gets_304_without_a_body_and_a_stale_one_gets_the_data()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/api/v1/figures", TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;

        Assert.NotNull(etag);
        // Weak: the same tag labels the identity, gzip and Brotli bodies.
        Assert.True(etag.IsWeak);
        Assert.Equal("public, max-age=300, stale-while-revalidate=3600", first.Headers.CacheControl?.ToString());

        foreach (var (header, expected) in new[]
        {
            (etag.Tag, HttpStatusCode.NotModified),
            ($"\"stale\", {etag.Tag}", HttpStatusCode.NotModified),
            (etag.ToString(), HttpStatusCode.NotModified),
            ("*", HttpStatusCode.NotModified),
            ("\"stale\"", HttpStatusCode.OK),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/figures");
            request.Headers.TryAddWithoutValidation("If-None-Match", header);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

            Assert.Equal(expected, response.StatusCode);
            Assert.Equal(etag, response.Headers.ETag);
            Assert.Equal("public, max-age=300, stale-while-revalidate=3600", response.Headers.CacheControl?.ToString());
            Assert.Equal(expected == HttpStatusCode.NotModified ? 0 : first.Content.Headers.ContentLength, body.Length);
        }
    }

    [Fact]
    public async Task Different_data_has_a_different_etag_and_the_same_address_the_same_one()
    {
        using var client = factory.CreateClient();

        var page1 = await EtagAsync(client, "/api/v1/events?page=1&page_size=10");
        // The same parameters in another order are the same address (a tag names an address's answer).
        var page1Again = await EtagAsync(client, "/api/v1/events?page_size=10&page=1");
        var page2 = await EtagAsync(client, "/api/v1/events?page=2&page_size=10");

        Assert.NotNull(page1);
        Assert.Equal(page1, page1Again);
        Assert.NotEqual(page1, page2);
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        using var client = factory.CreateClient();

        using var get = await client.GetAsync("/api/v1/cases", TestContext.Current.CancellationToken);
        var body = await get.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/cases"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        // The body is streamed, so HEAD may leave the length out (RFC 9110 §8.6); when it gives one, it is GET's.
        if (head.Content.Headers.ContentLength is { } length)
        {
            Assert.Equal(body.Length, length);
        }
        // That no body goes out is Kestrel's part, tested through a real socket in HeadRequestTests (the in-memory
        // test server passes on whatever the endpoint writes).
    }

    [Theory]
    [InlineData("/api/v1/events")]
    [InlineData("/api/v1/events?page=0")]
    [InlineData("/api/v1/cases/no-such-case")]
    [InlineData("/openapi/v1.json")]
    public async Task Any_origin_may_read_the_api_and_the_etag_without_credentials(string url)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", "https://newsroom.example");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        if (response.IsSuccessStatusCode && url.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers"));
        }
    }

    [Fact]
    public async Task Preflight_allows_get_and_head_from_any_origin_and_nothing_else()
    {
        using var client = factory.CreateClient();

        using var get = await client.SendAsync(Preflight("GET"), TestContext.Current.CancellationToken);
        using var delete = await client.SendAsync(Preflight("DELETE"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, get.StatusCode);
        Assert.Equal("*", Assert.Single(get.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal("GET,HEAD", Assert.Single(get.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.Contains("if-none-match", get.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(delete.Headers.Contains("Access-Control-Allow-Origin"));

        static HttpRequestMessage Preflight(string method)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/events?page=2");
            request.Headers.Add("Origin", "https://newsroom.example");
            request.Headers.Add("Access-Control-Request-Method", method);
            request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
            return request;
        }
    }

    [Fact]
    public async Task The_site_pages_do_not_open_cors()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline");
        request.Headers.Add("Origin", "https://newsroom.example");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/v1")]
    [InlineData("/api/v1/meta")]
    [InlineData("/api/v1/events?q=Romo")]
    [InlineData("/api/v1/events?page=abc")]
    [InlineData("/api/v1/figures/no-such-figure")]
    [InlineData("/api/v1/nowhere")]
    [InlineData("/openapi/v1.json")]
    public async Task No_api_response_sets_a_cookie(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?category=court-ruling&year=2026&order=oldest")]
    [InlineData("?case=ctr-v-irs")]
    [InlineData("?case=cedc-v-bessent&order=oldest")]
    [InlineData("?q=Romo")]
    [InlineData("?q=%25")]
    [InlineData("?year=2025&category=request")]
    public async Task Event_filters_give_the_same_events_in_the_same_order_as_the_timeline(string query)
    {
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        string? Get(string name) => parameters.TryGetValue(name, out var v) ? v.ToString() : null;
        var timeline = factory.Services.GetRequiredService<TimelineQueries>();
        var expected = await timeline.SearchAsync(new TimelineFilter
        {
            Category = Get("category"),
            CaseId = Get("case"),
            Year = Get("year") is { } year ? int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) : null,
            Query = Get("q"),
            OldestFirst = Get("order") == "oldest",
            PageSize = 100,
        }, cancellationToken: TestContext.Current.CancellationToken);

        using var page = await GetJsonAsync("/api/v1/events" + (query.Length == 0 ? "?" : query + "&") + "page_size=100");

        Assert.Equal(expected.Events.Select(e => e.Id), page.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(expected.Total, page.RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Counts_nobody_reported_are_null_not_zero_and_flags_are_booleans()
    {
        using var requests = await GetJsonAsync("/api/v1/requests");
        var batches = requests.RootElement.GetProperty("data").EnumerateArray().ToList();

        var undisclosed = batches.First(b => b.GetProperty("disclosed_figure_id").ValueKind == JsonValueKind.Null);
        Assert.Equal(JsonValueKind.Null, undisclosed.GetProperty("disclosed_value").ValueKind);
        Assert.Equal(JsonValueKind.Null, undisclosed.GetProperty("disclosed_on").ValueKind);
        Assert.Contains(batches, b => b.GetProperty("disclosed_value").ValueKind == JsonValueKind.Number);

        using var figure = await GetJsonAsync("/api/v1/figures/addresses-disclosed");
        var values = figure.RootElement.GetProperty("values").EnumerateArray().ToList();
        Assert.Single(values, v => v.GetProperty("is_preferred").ValueKind == JsonValueKind.True);
        Assert.All(values, v => Assert.NotEmpty(v.GetProperty("sources").EnumerateArray()));
        Assert.Contains(values, v => v.GetProperty("value_text").GetString()!.Contains("47,489", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_lists_its_rulings_in_date_order_with_their_sources()
    {
        using var found = await GetJsonAsync("/api/v1/cases/ctr-v-irs");
        var rulings = found.RootElement.GetProperty("rulings").EnumerateArray().ToList();

        Assert.NotEmpty(rulings);
        var dates = rulings.Select(r => r.GetProperty("decided_on").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(rulings, r => Assert.Equal("ctr-v-irs", r.GetProperty("case_id").GetString()));
        Assert.All(rulings, r => Assert.NotEmpty(r.GetProperty("sources").EnumerateArray()));
        Assert.Equal("/api/v1/events?case=ctr-v-irs", found.RootElement.GetProperty("links").GetProperty("events").GetString());
    }

    [Fact]
    public async Task Meta_names_the_dataset_build_the_api_serves()
    {
        var info = await factory.Services.GetRequiredService<DatasetQueries>().GetInfoAsync(cancellationToken: TestContext.Current.CancellationToken);

        using var meta = await GetJsonAsync("/api/v1/meta");
        var root = meta.RootElement;

        Assert.Equal(info.Version, root.GetProperty("version").GetString());
        Assert.Equal(info.InputsSha256, root.GetProperty("inputs_sha256").GetString());
        Assert.Equal(info.BuiltAt, root.GetProperty("built_at").GetString());
        Assert.Equal("CC BY 4.0", root.GetProperty("license").GetString());
        Assert.Equal(info.Events, root.GetProperty("row_counts").GetProperty("events").GetInt64());
        Assert.Equal(info.Sources, root.GetProperty("row_counts").GetProperty("sources").GetInt64());
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<JsonDocument> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.StartsWith("https://www.rfc-editor.org/rfc/rfc9110#", problem.RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("detail").GetString()));
        return problem;
    }

    private static async Task<string?> EtagAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return response.Headers.ETag?.Tag;
    }
}
