using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Web.Downloads;
using Transparency.Web.Hosting;

namespace Transparency.Web.Tests.Downloads;

/// <summary>
/// /data files are prepared once on disk and sent from there: strong ETags from their SHA-256, resumable by
/// Range, a gzip copy written once (never compressed per request), and no buffering in the ETag middleware.
/// </summary>
public sealed class DownloadServingTests(SiteFactory factory)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<DatasetFileSet> ReadyAsync() =>
        await factory.Services.GetRequiredService<DatasetFiles>().GetFilesAsync(Cancel);

    [Fact]
    public async Task A_file_has_a_strong_etag_from_its_checksum_and_a_matching_if_none_match_gets_304()
    {
        var set = await ReadyAsync();
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/data/events.csv", Cancel);
        var bytes = await first.Content.ReadAsByteArrayAsync(Cancel);

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(set.Files["events.csv"].Sha256, sha);
        Assert.Equal(new EntityTagHeaderValue($"\"{sha}\""), first.Headers.ETag);
        Assert.Equal("sha-256=:" + Convert.ToBase64String(SHA256.HashData(bytes)) + ":", first.Headers.GetValues("Repr-Digest").Single());
        Assert.Equal("public, max-age=300, stale-while-revalidate=3600", first.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/data/events.csv");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task A_range_request_resumes_the_identity_bytes_with_206_even_from_a_gzip_client()
    {
        await ReadyAsync();
        using var client = factory.CreateClient();
        var whole = await client.GetByteArrayAsync("/data/transparency.sqlite", Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/data/transparency.sqlite");
        request.Headers.Range = new RangeHeaderValue(1000, 1999);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(whole.Length, response.Content.Headers.ContentRange?.Length);
        Assert.Equal(whole.AsSpan(1000, 1000).ToArray(), await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Theory]
    [InlineData("/data/events.csv")]
    [InlineData("/data/citations.json")]
    [InlineData("/data/datapackage.json")]
    public async Task A_gzip_client_gets_the_gzip_copy_with_its_own_etag_and_it_decompresses_to_the_identity_bytes(string path)
    {
        await ReadyAsync();
        using var client = factory.CreateClient();
        using var identity = await client.GetAsync(path, Cancel);
        var plain = await identity.Content.ReadAsByteArrayAsync(Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        using var gzip = await client.SendAsync(request, Cancel);
        var wire = await gzip.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal("gzip", gzip.Content.Headers.ContentEncoding.Single());
        Assert.Equal(new EntityTagHeaderValue(identity.Headers.ETag!.Tag[..^1] + "-gzip\""), gzip.Headers.ETag);
        Assert.False(gzip.Headers.ETag!.IsWeak);
        Assert.Contains("Accept-Encoding", gzip.Headers.Vary);
        Assert.True(wire.Length < plain.Length, $"{wire.Length} gzip bytes for {plain.Length}");
        using var decoded = new MemoryStream();
        await using (var stream = new GZipStream(new MemoryStream(wire), CompressionMode.Decompress))
        {
            await stream.CopyToAsync(decoded, Cancel);
        }
        Assert.Equal(plain, decoded.ToArray());
    }

    [Fact]
    public async Task A_client_without_gzip_gets_identity_never_a_per_request_compression()
    {
        await ReadyAsync();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/data/events.csv");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var response = await client.SendAsync(request, Cancel);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal((await ReadyAsync()).Files["events.csv"].Length, (await response.Content.ReadAsByteArrayAsync(Cancel)).Length);
    }

    [Fact]
    public async Task A_stored_gzip_copy_is_never_handed_to_a_client_that_only_takes_brotli()
    {
        await ReadyAsync();
        using var client = factory.CreateClient();
        foreach (var (accept, encoding) in new[] { ("gzip, br", "gzip"), ("br", null), ("gzip, br", "gzip"), ("br", null) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/data/sources.csv");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
            using var response = await client.SendAsync(request, Cancel);
            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.SingleOrDefault());
        }
    }

    [Fact]
    public async Task The_files_are_on_disk_in_a_folder_of_the_build_with_gzip_copies_and_a_manifest()
    {
        var set = await ReadyAsync();

        Assert.EndsWith(set.Catalog.Info.InputsSha256, set.Directory, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(set.Directory, "manifest.json")));
        foreach (var file in set.Files.Values)
        {
            var path = set.PathOf(file.Name);
            Assert.Equal(file.Length, new FileInfo(path).Length);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, Cancel))));
            var text = file.Name.EndsWith(".csv", StringComparison.Ordinal) || file.Name.EndsWith(".json", StringComparison.Ordinal);
            Assert.Equal(text, file.GzipSha256 is not null);
        }
    }

    [Fact]
    public async Task Only_whole_files_carry_their_own_validators_and_page_views_share_the_site_scheme()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        OwnValidators? Marker(string pattern) => endpoints.Single(e => e.RoutePattern.RawText == pattern).Metadata.GetMetadata<OwnValidators>();

        Assert.Equal(new OwnValidators(Precompressed: true), Marker("/data/{file}"));
        // Views are tagged (and answered 304) from their address before they are written, like pages.
        foreach (var view in new[] { "/timeline.{format:regex(^(csv|json)$)}", "/cases.{format:regex(^(csv|json)$)}", "/rulings.{format:regex(^(csv|json)$)}", "/requests.{format:regex(^(csv|json)$)}" })
        {
            Assert.Null(Marker(view));
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_page_view_gets_an_etag_from_the_build_and_its_filters_and_304_for_a_match()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync("/timeline.csv?category=court-ruling&year=2026", Cancel);
        // The same filters in another order are the same view, with the same tag.
        using var same = await client.GetAsync("/timeline.csv?year=2026&category=court-ruling", Cancel);
        // An unknown value is dropped, as on the page: the same rows (its tag is its own address's).
        using var dropped = await client.GetAsync("/timeline.csv?year=2026&category=court-ruling&case=no-such-case", Cancel);
        using var other = await client.GetAsync("/timeline.csv?category=court-ruling", Cancel);
        using var json = await client.GetAsync("/timeline.json?category=court-ruling&year=2026", Cancel);

        Assert.True(first.Headers.ETag!.IsWeak);
        Assert.Equal(first.Headers.ETag, same.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await same.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await dropped.Content.ReadAsStringAsync(Cancel));
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, json.Headers.ETag);
        Assert.Equal("public, max-age=300, stale-while-revalidate=3600", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline.csv?category=court-ruling&year=2026");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task The_json_row_count_matches_the_rows_streamed_for_every_view()
    {
        using var client = factory.CreateClient();
        foreach (var path in new[] { "/timeline.json", "/timeline.json?q=irs", "/timeline.json?q=%21%21", "/cases.json", "/rulings.json", "/requests.json" })
        {
            using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(path, Cancel));
            var root = document.RootElement;
            Assert.Equal(root.GetProperty("row_count").GetInt32(), root.GetProperty("rows").GetArrayLength());
        }
    }
}
