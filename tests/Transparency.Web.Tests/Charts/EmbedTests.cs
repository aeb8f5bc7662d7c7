using System.Net;
using System.Text.RegularExpressions;

namespace Transparency.Web.Tests.Charts;

public sealed partial class EmbedTests(SiteFactory factory)
{
    [Theory]
    [InlineData("/embed/request-funnel", "Requested versus disclosed, request by request")]
    [InlineData("/embed/rulings", "Courts split over the IRS sharing data with ICE")]
    [InlineData("/embed/rulings?case=ctr-v-irs", "What each ruling in")]
    [InlineData("/es/embed/request-funnel", "Lo pedido frente a lo entregado, solicitud por solicitud")]
    [InlineData("/es/embed/rulings?case=ctr-v-irs", "cada fallo de")]
    public async Task Embeds_may_be_framed_by_any_site_and_show_the_card_alone(string path, string title)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors *", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.False(response.Headers.Contains("Set-Cookie"));

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<details", html, StringComparison.Ordinal);
        // The fingerprinted stylesheets the site's pages link (App.razor's @Assets), cached for a year.
        Assert.Matches(@"<link rel=""stylesheet"" href=""/css/embed\.[a-z0-9]+\.css"" />", html);
        Assert.Matches(@"<link rel=""stylesheet"" href=""/css/charts\.[a-z0-9]+\.css"" />", html);
        Assert.DoesNotContain("href=\"/css/embed.css\"", html, StringComparison.Ordinal);
        // One heading, and it names the chart.
        Assert.Single(H1().Matches(html));
        Assert.Contains(title, H1().Match(html).Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("MudBlazor.min.css", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<nav", html, StringComparison.Ordinal);
        Assert.Matches(@"<a class=""view-on"" href=""http://localhost(/es)?/(requests|cases)", html);
        // The credit line is the footer outside the scrolling body: source, date and the way back, on one line.
        Assert.Matches(@"<footer class=""embed-credit""><p>(Source|Fuente): <a href=""https?://[^""]+"" rel=""noreferrer"">[^<]+</a>( and \d+ more| y \d+ más)? · ", WebUtility.HtmlDecode(html));
        // No style attribute (CSP style-src 'self'); SVG presentation attributes such as font-style are not styles.
        Assert.DoesNotMatch(@"\sstyle=", html);
    }

    [Theory]
    [InlineData("/embed/request-funnel")]
    [InlineData("/es/embed/rulings?case=ctr-v-irs")]
    public async Task The_embed_stylesheet_it_links_is_served(string path)
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var href = Regex.Match(html, @"href=""(?<href>/css/embed\.[a-z0-9]+\.css)""").Groups["href"].Value;

        using var response = await client.GetAsync(href, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(".embed-credit", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/requests")]
    [InlineData("/cases/ctr-v-irs")]
    [InlineData("/cases/ctr-v-irs/fact-sheet")]
    public async Task Ordinary_pages_may_not_be_framed(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", string.Join(";", response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/embed/no-such-chart")]
    [InlineData("/embed/rulings?case=no-such-case")]
    [InlineData("/es/embed/no-such-chart")]
    public async Task Unknown_embeds_are_not_found(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/requests", "http://localhost/embed/request-funnel", "/charts/request-funnel.png")]
    [InlineData("/cases", "http://localhost/embed/rulings", "/charts/rulings.svg")]
    [InlineData("/cases/ctr-v-irs", "http://localhost/embed/rulings?case=ctr-v-irs", "/charts/rulings.png?case=ctr-v-irs")]
    public async Task The_chart_card_offers_an_iframe_snippet_with_an_absolute_url_and_image_downloads(string path, string embedUrl, string image)
    {
        using var client = factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains("Embed this chart", html, StringComparison.Ordinal);
        var snippets = Snippet().Matches(html);
        // One per column width the embed is sized for (phone, article column), each its own height.
        Assert.Equal(2, snippets.Count);
        Assert.NotEqual(snippets[0].Groups["height"].Value, snippets[1].Groups["height"].Value);
        var snippet = snippets[0];
        Assert.All(snippets, s => Assert.Equal(embedUrl, s.Groups["src"].Value));
        Assert.Contains("loading=\"lazy\"", snippet.Value, StringComparison.Ordinal);
        Assert.Contains("style=\"border:0\"", snippet.Value, StringComparison.Ordinal);
        Assert.Contains($"href=\"{image}\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<iframe src=""(?<src>[^""]+)"" title=""[^""]+"" width=""100%"" height=""(?<height>\d+)""[^>]*></iframe>")]
    private static partial Regex Snippet();

    [GeneratedRegex(@"<h1[ >].*?</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
