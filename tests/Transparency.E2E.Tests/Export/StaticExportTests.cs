using System.Net;
using System.Text.Json;

using Transparency.E2E.Tests.Validators;

namespace Transparency.E2E.Tests.Export;

public sealed class StaticExportTests(ExportedSite site) : IClassFixture<ExportedSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/es/")]
    [InlineData("/cases/ctr-v-irs")]
    [InlineData("/es/cases/ctr-v-irs")]
    [InlineData("/timeline?category=court-ruling")]
    [InlineData("/timeline.csv?category=court-ruling")]
    [InlineData("/data/cases.csv")]
    [InlineData("/data/transparency.zip")]
    [InlineData("/feeds/updates.atom")]
    [InlineData("/embed/request-funnel")]
    [InlineData("/es/embed/rulings?case=ctr-v-irs")]
    [InlineData("/charts/request-funnel.png")]
    [InlineData("/openapi/v1.json")]
    public async Task A_static_server_gives_the_same_bytes_type_and_headers_as_the_live_app(string url)
    {
        site.RequireServed();
        using var live = site.Live.CreateClient();
        using var served = site.CreateStaticClient();

        using var expected = await live.GetAsync(url, TestContext.Current.CancellationToken);
        using var actual = await served.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, expected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
        Assert.Equal(expected.Content.Headers.ContentType?.ToString(), actual.Content.Headers.ContentType?.ToString());
        var expectedBytes = await expected.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var actualBytes = await actual.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(expectedBytes.AsSpan().SequenceEqual(actualBytes), $"{url}: {actualBytes.Length} bytes served, {expectedBytes.Length} live");
        foreach (var header in new[] { "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Content-Disposition", "Cache-Control" })
        {
            Assert.Equal(Header(expected, header), Header(actual, header));
        }
    }

    [Fact]
    public async Task Absolute_links_use_the_public_url_never_the_host_that_rendered_them()
    {
        site.RequireServed();
        using var served = site.CreateStaticClient();

        var html = await served.GetStringAsync("/es/cases/ctr-v-irs", TestContext.Current.CancellationToken);

        Assert.Contains($"""<link rel="alternate" hreflang="en" href="{ExportedSite.PublicUrl}/cases/ctr-v-irs" />""", html, StringComparison.Ordinal);
        Assert.Contains($"""content="{ExportedSite.PublicUrl}/es/charts/rulings.png?case=ctr-v-irs" """.TrimEnd(), html, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page", "404.html")]
    [InlineData("/cases/no-such-case", "404.html")]
    [InlineData("/timeline?category=not-exported", "404.html")]
    [InlineData("/nginx.conf", "404.html")]
    [InlineData("/es/no-such-page", "es/404.html")]
    public async Task A_missing_path_gets_the_not_found_page_in_its_language(string url, string file)
    {
        site.RequireServed();
        using var served = site.CreateStaticClient();

        using var response = await served.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.ExportDirectory, file)), body);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public void The_export_has_both_languages_filter_views_downloads_feeds_embeds_and_images()
    {
        site.RequireServed();
        var files = File.ReadAllLines(Path.Combine(site.ExportDirectory, "_export-manifest.tsv")).Skip(1)
            .Select(line => line.Split('\t')).ToDictionary(f => f[0], f => f[1]);

        foreach (var url in new[]
        {
            "/", "/es/", "/timeline?category=court-ruling", "/es/timeline?category=court-ruling", "/data/transparency.sqlite",
            "/data/datapackage.json", "/feeds/updates.atom", "/feeds/cases/ctr-v-irs.atom", "/embed/request-funnel",
            "/es/embed/request-funnel", "/charts/request-funnel.svg", "/charts/request-funnel.png", "/cases/ctr-v-irs/fact-sheet",
            "/robots.txt", "/favicon.svg",
        })
        {
            Assert.True(files.ContainsKey(url), $"{url} is not in the export");
        }
        // The pages' stylesheets, by their fingerprinted URLs.
        Assert.Contains(files.Keys, url => System.Text.RegularExpressions.Regex.IsMatch(url, @"^/css/mudblazor\.trimmed\.[a-z0-9]+\.css$"));
        Assert.Contains(files.Keys, url => System.Text.RegularExpressions.Regex.IsMatch(url, @"^/css/site\.[a-z0-9]+\.css$"));
        Assert.Equal("__q/timeline/category=court-ruling.html", files["/timeline?category=court-ruling"]);
        Assert.Equal("cases/ctr-v-irs/index.html", files["/cases/ctr-v-irs"]);
        Assert.True(File.Exists(Path.Combine(site.ExportDirectory, "404.html")));
        Assert.True(File.Exists(Path.Combine(site.ExportDirectory, "es", "404.html")));
    }

    [Fact]
    public async Task A_link_checker_finds_no_broken_link_in_the_served_export()
    {
        site.RequireServed();
        NodeTool.RequireInstalled("node_modules/linkinator/build/src/cli.js");
        var origin = site.StaticBase.GetLeftPart(UriPartial.Authority);

        // Only this server's links: external sources cannot be reached here. Fragments are checked too.
        // Not --check-css: linkinator reads a CSS filter reference in MudBlazor's inline chart style as a '#lighten' link.
        var (exitCode, output) = await NodeTool.RunAsync("node_modules/linkinator/build/src/cli.js", origin + "/",
            "--recurse", "--check-fragments", "--redirects", "error", "--concurrency", "8", "--timeout", "30000",
            "--skip", "^(?!" + System.Text.RegularExpressions.Regex.Escape(origin) + ")", "--format", "json");

        var report = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        var links = report.RootElement.GetProperty("links").EnumerateArray().ToList();
        var broken = links.Where(l => l.GetProperty("state").GetString() == "BROKEN")
            .Select(l => $"{l.GetProperty("status")} {l.GetProperty("url")} (from {l.GetProperty("parent")})").ToList();
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken));
        Assert.Equal(0, exitCode);
        Assert.True(links.Count(l => l.GetProperty("state").GetString() == "OK") > 300, $"only {links.Count} links checked");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? values.ToString() : null;
}
