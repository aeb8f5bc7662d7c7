using Microsoft.AspNetCore.Http;

namespace Transparency.Web.Tests;

public sealed class SiteUrlsTests
{
    private static HttpRequest Request(string scheme, string host, string pathBase = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        context.Request.PathBase = pathBase;
        return context.Request;
    }

    [Theory]
    [InlineData("https://transparency.example.org", "https://transparency.example.org")]
    [InlineData("https://transparency.example.org/", "https://transparency.example.org")]
    [InlineData(" https://example.org/sub/dir/ ", "https://example.org/sub/dir")]
    public void A_configured_public_url_wins_over_the_request(string configured, string expected)
    {
        var urls = new SiteUrls(configured);

        Assert.Equal(expected, urls.BaseUrl(Request("http", "evil.example:8080")));
        Assert.Equal(expected + "/events/x", SiteUrls.Absolute(urls.BaseUrl(Request("http", "h")), "/events/x"));
    }

    [Fact]
    public void Without_configuration_the_request_scheme_host_and_path_base_are_used()
    {
        var urls = new SiteUrls(null);

        Assert.Null(urls.PublicUrl);
        Assert.Equal("http://localhost:5000/app", urls.BaseUrl(Request("http", "localhost:5000", "/app")));
        Assert.Equal("http://localhost:5000/app/cases/x", SiteUrls.Absolute(urls.BaseUrl(Request("http", "localhost:5000", "/app")), "cases/x"));
    }

    [Theory]
    [InlineData("transparency.example.org")]
    [InlineData("ftp://transparency.example.org")]
    [InlineData("https://transparency.example.org/?a=1")]
    [InlineData("https://transparency.example.org/#top")]
    public void A_bad_public_url_fails_at_start_up(string configured)
    {
        Assert.Throws<InvalidOperationException>(() => new SiteUrls(configured));
    }
}
