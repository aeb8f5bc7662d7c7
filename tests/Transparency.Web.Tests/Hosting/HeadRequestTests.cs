using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Transparency.Web.Tests.Hosting;

/// <summary>
/// HEAD through real Kestrel (the in-memory test server frames responses differently): what GET answers,
/// without a single byte of body, so the next request on the same connection is read correctly.
/// </summary>
public sealed class HeadRequestTests : IClassFixture<HeadRequestTests.KestrelSite>
{
    private readonly KestrelSite _site;

    public HeadRequestTests(KestrelSite site) => _site = site;

    [Theory]
    [InlineData("/")]
    [InlineData("/es/timeline")]
    [InlineData("/cases/ctr-v-irs")]
    [InlineData("/data/events.csv")]
    [InlineData("/data/transparency.sqlite")]
    [InlineData("/timeline.csv?category=court-ruling")]
    [InlineData("/api/v1/events")]
    [InlineData("/feeds/updates.atom")]
    [InlineData("/charts/request-funnel.svg")]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        using var client = new HttpClient { BaseAddress = new Uri(_site.BaseUrl) };
        using var get = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);

        var raw = await RawAsync($"HEAD {path} HTTP/1.1\r\nHost: localhost\r\n\r\nGET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        // Two responses, the second right after the first's headers: the HEAD sent no body, not even a chunk.
        var parts = raw.Split("\r\n\r\n", 2);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", parts[0], StringComparison.Ordinal);
        Assert.Contains($"Content-Type: {get.Content.Headers.ContentType}", parts[0], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", parts[1], StringComparison.Ordinal);
        Assert.EndsWith("User-agent: *\nAllow: /\n", parts[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/data/sources.csv", "gzip")]
    [InlineData("/data/sources.csv", "identity")]
    [InlineData("/es/sources", "gzip")]
    public async Task A_head_first_leaves_the_cache_serving_get_its_whole_body(string path, string encoding)
    {
        // The output cache sees the HEAD (a file result writes no body for it): what it stores must never
        // reach a GET. Twice, so the second HEAD would be answered from the cache.
        for (var i = 0; i < 2; i++)
        {
            var head = await RawAsync($"HEAD {path} HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: {encoding}\r\nConnection: close\r\n\r\n");
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", head, StringComparison.Ordinal);
            Assert.EndsWith("\r\n\r\n", head, StringComparison.Ordinal);
        }

        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(_site.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var get = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await get.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.True(body.Length > 1000, $"GET after HEAD sent {body.Length} bytes");
        Assert.Equal(get.Content.Headers.ContentLength ?? body.Length, body.Length);
    }

    [Fact]
    public async Task Head_of_an_unknown_page_is_404_and_other_methods_stay_refused()
    {
        var head = await RawAsync("HEAD /no-such-page HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        var delete = await RawAsync("DELETE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 404 ", head, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", head, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 405 ", delete, StringComparison.Ordinal);
    }

    private async Task<string> RawAsync(string request)
    {
        var uri = new Uri(_site.BaseUrl);
        using var socket = new TcpClient();
        await socket.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    public sealed class KestrelSite : SiteFactory
    {
        public KestrelSite()
        {
            UseKestrel(0);
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        }

        public string BaseUrl { get; }
    }
}
