using System.Net;

namespace Transparency.Web.Tests.Pages;

public sealed class RouteTests(SiteFactory factory)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "How immigration enforcement obtained IRS taxpayer data" },
        { "/", "47,289" },
        { "/", "1.28 million" },
        { "/", "42,695" },
        { "/guide", "Was my address shared?" },
        { "/es/guide", "¿Compartió el IRS mi dirección?" },
        { "/requests", "Who said what" },
        { "/requests", "47,489" },
        { "/figures", "All figures" },
        { "/figures/addresses-disclosed", "Every reported value" },
        { "/figures/court-counted-violations", "42,695" },
        { "/cases", "Courts split over the IRS sharing data with ICE" },
        { "/cases/centro-v-bessent", "Centro de Trabajadores Unidos" },
        { "/cases/ctr-v-irs", "Kollar-Kotelly" },
        { "/cases/cedc-v-bessent", "Talwani" },
        { "/cases/california-v-hhs", "Context" },
        { "/timeline", "55 events" },
        { "/timeline?category=court-ruling&year=2026&order=oldest", "Court ruling" },
        { "/timeline?q=Romo", "Romo" },
        { "/search", "What to search for" },
        { "/search?q=Romo", "Results for “Romo”" },
        { "/sources", "Sources" },
        { "/methodology", "Why the numbers differ" },
        { "/about", "No cookies" },
        { "/glossary", "Indicative ruling" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_answers_200_with_its_key_text(string path, string text)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(text, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/figures/no-such-figure")]
    [InlineData("/cases/no-such-case")]
    [InlineData("/sources/no-such-source")]
    [InlineData("/sources/no-such-source?page=2")]
    [InlineData("/cases/..%2F..%2Fetc%2Fpasswd")]
    public async Task Unknown_addresses_get_the_404_page(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_page_stays_a_404_after_the_not_found_page_itself_was_cached()
    {
        using var client = factory.CreateClient();
        using var direct = await client.GetAsync("/not-found", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);

        using var missing = await client.GetAsync("/no-such-page-after-not-found", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/timeline?year=abc&page=-5")]
    [InlineData("/timeline?year=99999999999999999999&page=99999999999")]
    [InlineData("/timeline?category=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/timeline?q=%27%20OR%201%3D1%20--")]
    [InlineData("/timeline?case=..%2F..%2Fetc")]
    public async Task Malformed_timeline_queries_are_ignored_safely(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_filtered_timeline_shows_only_matching_events_and_keeps_the_filter_in_its_links()
    {
        using var client = factory.CreateClient();

        var all = await client.GetStringAsync("/timeline", TestContext.Current.CancellationToken);
        var filtered = await client.GetStringAsync("/timeline?category=court-ruling&year=2026", TestContext.Current.CancellationToken);

        Assert.True(CountEvents(filtered) < CountEvents(all));
        Assert.Contains("<option value=\"court-ruling\" selected", filtered, StringComparison.Ordinal);
        Assert.Contains("href=\"/timeline?category=filing&amp;year=2026\"", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_wwwroot_is_served_by_the_web_project()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/css/site.css", TestContext.Current.CancellationToken);
        var css = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("prefers-color-scheme: dark", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    [InlineData("/cases/ctr-v-irs")]
    [InlineData("/no-such-page")]
    public async Task No_page_sets_a_cookie_or_loads_anything_from_another_host(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Set-Cookie"));
        // Absolute URLs (hreflang alternates) may only name this site.
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<(?:script|link|img|iframe)[^>]+(?:src|href)=\"((?:https?:)?//[^/\"]+)"))
        {
            Assert.Equal("http://localhost", m.Groups[1].Value);
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    private static int CountEvents(string html) => System.Text.RegularExpressions.Regex.Count(html, "<li id=\"[a-z0-9-]+\" class=\"event");
}
