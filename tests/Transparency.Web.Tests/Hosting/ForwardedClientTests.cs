using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Transparency.Web.Tests.Hosting;

/// <summary>
/// Behind a proxy the rate limit must count readers, not the proxy: X-Forwarded-For is honoured from a
/// trusted proxy and ignored from anyone else (or a client could choose a fresh bucket per request).
/// </summary>
public sealed class ForwardedClientTests(SiteFactory factory)
{
    private const int Burst = 5;

    [Theory]
    [InlineData("127.0.0.1", null)]           // nginx on the same machine: loopback is trusted by default
    [InlineData("10.1.2.3", "10.0.0.0/8")]    // a proxy network named in Site:TrustedProxies
    [InlineData("192.0.2.10", "192.0.2.10")]  // a single proxy address
    public async Task Behind_a_trusted_proxy_each_reader_has_its_own_limit(string proxy, string? trusted)
    {
        using var site = Site(proxy, trusted);
        using var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.TooManyRequests, await ExhaustAsync(client, "203.0.113.1"));
        // Another reader behind the same proxy is not held back by the first one's downloads.
        Assert.Equal(HttpStatusCode.OK, await GetAsync(client, "203.0.113.2"));
    }

    [Fact]
    public async Task From_an_untrusted_address_the_header_is_ignored_so_a_client_cannot_pick_a_fresh_bucket()
    {
        using var site = Site("198.51.100.7", trusted: "10.0.0.0/8");
        using var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.TooManyRequests, await ExhaustAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(client, "203.0.113.2"));
    }

    [Fact]
    public void A_malformed_trusted_proxy_stops_start_up_with_a_clear_message()
    {
        using var site = Site("127.0.0.1", trusted: "10.0.0.0/8, nginx.internal");
        var error = Assert.Throws<InvalidOperationException>(() => site.CreateClient());
        Assert.Contains("Site:TrustedProxies: 'nginx.internal'", error.Message, StringComparison.Ordinal);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Site(string remote, string? trusted) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimits:PerClientPerMinute", "12").UseSetting("RateLimits:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (trusted is not null)
            {
                b.UseSetting("Site:TrustedProxies", trusted);
            }
            // The test server has no socket: give every request the address it would come from.
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(remote))));
        });

    private static async Task<HttpStatusCode> ExhaustAsync(HttpClient client, string reader)
    {
        var status = HttpStatusCode.OK;
        for (var i = 0; i <= Burst * 3 && status != HttpStatusCode.TooManyRequests; i++)
        {
            status = await GetAsync(client, reader);
        }
        return status;
    }

    private static async Task<HttpStatusCode> GetAsync(HttpClient client, string reader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/requests.json");
        request.Headers.Add("X-Forwarded-For", reader);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
