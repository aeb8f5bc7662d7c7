using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace Transparency.Web.Tests.Hosting;

public sealed class HttpCachingTests(SiteFactory factory)
{
    // /data files are not here: they carry a strong ETag of their own and a gzip copy made once (DownloadServingTests).
    public static TheoryData<string> Cacheable => new()
    {
        "/", "/es/", "/timeline?category=court-ruling", "/es/timeline?year=2025", "/cases/ctr-v-irs",
        "/timeline.json?category=court-ruling", "/api/v1/events", "/feeds/updates.atom", "/charts/rulings.svg", "/embed/rulings",
    };

    [Theory]
    [MemberData(nameof(Cacheable))]
    public async Task Every_encoding_carries_the_same_content_a_weak_etag_and_a_public_cache_control(string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var identity = await GetAsync(client, path, null);
        var gzip = await GetAsync(client, path, "gzip");
        var br = await GetAsync(client, path, "gzip, deflate, br");

        Assert.Null(identity.Encoding);
        Assert.Equal("gzip", gzip.Encoding);
        Assert.Equal("br", br.Encoding);
        Assert.Equal(identity.Body, gzip.Body);
        Assert.Equal(identity.Body, br.Body);
        Assert.True(br.Wire < identity.Body.Length, $"brotli sent {br.Wire} bytes for {identity.Body.Length}");
        foreach (var answer in new[] { identity, gzip, br })
        {
            Assert.Contains("Accept-Encoding", answer.Vary);
            Assert.True(answer.CacheControl is { Public: true, MaxAge: not null }, $"{path}: Cache-Control {answer.CacheControl}");
            Assert.NotNull(answer.ETag);
        }
        // Pages, their twins and the API are labelled by one scheme: weak, one tag for every encoding.
        Assert.True(identity.ETag!.IsWeak);
        Assert.Contains("stale-while-revalidate=3600", identity.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(identity.ETag, br.ETag);
    }

    [Theory]
    [MemberData(nameof(Cacheable))]
    public async Task A_matching_if_none_match_gets_304_without_a_body(string path)
    {
        var client = factory.CreateClient();
        var first = await GetAsync(client, path, "br");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.ETag!);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task A_repeated_request_is_served_from_the_cache_but_each_language_and_query_has_its_own_entry()
    {
        var client = factory.CreateClient();
        await GetAsync(client, "/timeline?category=court-ruling", "br");
        using var again = await client.SendAsync(Get("/timeline?category=court-ruling", "br"), TestContext.Current.CancellationToken);
        // The output cache states the age of what it replays.
        Assert.True(again.Headers.Age is not null, "the second answer did not come from the cache");

        var english = await client.GetStringAsync("/timeline?category=court-ruling", TestContext.Current.CancellationToken);
        var spanish = await client.GetStringAsync("/es/timeline?category=court-ruling", TestContext.Current.CancellationToken);
        var other = await client.GetStringAsync("/timeline?category=agreement", TestContext.Current.CancellationToken);
        Assert.Contains("lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"es\"", spanish, StringComparison.Ordinal);
        Assert.NotEqual(english, other);
    }

    [Fact]
    public async Task A_new_dataset_build_changes_every_tag_so_an_old_one_gets_the_new_answer()
    {
        // The tag is made from the address and the build, not the body: only the build in it can tell a client
        // that an answer changed.
        using var site = new TempSite();
        using var client = site.CreateClient();
        string[] paths = ["/events/2025-04-07-treasury-defends-mou", "/api/v1/events/2025-04-07-treasury-defends-mou", "/timeline.csv?year=2025"];
        var before = new List<EntityTagHeaderValue>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            before.Add(response.Headers.ETag!);
        }

        var events = Path.Combine(site.DataDirectory, "events.csv");
        var text = await File.ReadAllTextAsync(events, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(events, text.Replace("Treasury defends the agreement", "A renamed event title", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var switched = await site.PollUntilAsync(async () =>
            (await client.GetStringAsync(paths[0], TestContext.Current.CancellationToken)).Contains("A renamed event title", StringComparison.Ordinal));
        Assert.True(switched, "the edit was never served");

        for (var i = 0; i < paths.Length; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, paths[i]);
            request.Headers.IfNoneMatch.Add(before[i]);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(before[i], response.Headers.ETag);
            Assert.Contains("A renamed event title", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_checks_and_errors_are_never_replayed_from_the_cache()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        using var health = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        await client.GetAsync("/cases/no-such-case", TestContext.Current.CancellationToken);
        using var missing = await client.GetAsync("/cases/no-such-case", TestContext.Current.CancellationToken);

        Assert.Null(health.Headers.Age);
        Assert.Null(missing.Headers.Age);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("public, max-age=60", missing.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Pages_link_fingerprinted_stylesheets_that_are_served_precompressed()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var links = System.Text.RegularExpressions.Regex.Matches(html, @"<link rel=""stylesheet"" href=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(4, links.Count); // MudBlazor (trimmed), its theme, the site, the charts
        foreach (var link in links)
        {
            Assert.Matches(@"^css/[a-z.]+\.[a-z0-9]{10}\.css$", link);
            var answer = await GetAsync(client, "/" + link, "gzip");
            Assert.Equal("gzip", answer.Encoding);
            Assert.NotNull(answer.ETag);
        }
    }

    private static HttpRequestMessage Get(string path, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        return request;
    }

    private static async Task<Answer> GetAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var response = await client.SendAsync(Get(path, acceptEncoding), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var wire = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        using var input = new MemoryStream(wire);
        using Stream decoded = encoding switch
        {
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            null => input,
            _ => throw new InvalidOperationException(encoding),
        };
        using var body = new MemoryStream();
        await decoded.CopyToAsync(body, TestContext.Current.CancellationToken);
        return new Answer(encoding, body.ToArray(), wire.Length, response.Headers.ETag, response.Headers.CacheControl,
            response.Headers.Vary.ToList());
    }

    private sealed record Answer(string? Encoding, byte[] Body, int Wire, EntityTagHeaderValue? ETag, CacheControlHeaderValue? CacheControl, List<string> Vary);
}
