using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Transparency.Web.Tests.Hosting;

public sealed class HeaderTests(SiteFactory factory)
{
    public static TheoryData<string> Routes => new()
    {
        "/", "/requests", "/figures", "/figures/addresses-disclosed", "/cases", "/cases/ctr-v-irs", "/timeline",
        "/timeline?category=filing", "/sources", "/methodology", "/about", "/data", "/data/events.csv", "/data/transparency.zip",
        "/timeline.json", "/healthz", "/css/site.css", "/no-such-page", "/figures/%3Cscript%3E",
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_response_carries_the_security_headers_and_no_cookie_or_server_banner(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        // Styles only from the site's own stylesheets: no inline <style> element or style attribute may apply.
        var styleSrc = csp.Split(';', StringSplitOptions.TrimEntries).Where(d => d.StartsWith("style-src", StringComparison.Ordinal)).ToList();
        Assert.Equal(["style-src 'self'"], styleSrc);
        Assert.DoesNotContain("'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Set-Cookie"), "Set-Cookie on " + path);
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Health_reports_the_dataset_version_and_that_the_database_opens()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"dataset_version\":\"1.0.0\"", body, StringComparison.Ordinal);
        Assert.Contains("\"database\":\"ok\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_are_rate_limited_with_retry_after_but_pages_are_not()
    {
        using var limitedSite = factory.WithWebHostBuilder(b => b
            .UseSetting("RateLimits:PerClientPerMinute", "300")
            .UseSetting("RateLimits:Burst", "60"));
        using var client = limitedSite.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 200 && limited is null; i++)
        {
            var response = await client.GetAsync("/requests.json", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        Assert.True(int.Parse(limited.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        limited.Dispose();
        for (var i = 0; i < 100; i++)
        {
            using var page = await client.GetAsync("/timeline", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
