using Transparency.Web.Export;

namespace Transparency.Web.Tests.Export;

public sealed class LinkExtractorTests
{
    private static readonly Uri Page = new("http://127.0.0.1:5000/cases/ctr-v-irs");

    [Fact]
    public void Relative_links_resolve_against_the_base_href_and_fragments_and_mail_are_dropped()
    {
        const string html = """
            <base href="/" /><link href="css/site.css" /><a href="/timeline?category=filing&amp;year=2026#x">t</a>
            <img src="charts/a.png" srcset="charts/a.png 1x, charts/b.png 2x" /><a href="#main">skip</a><a href="mailto:a@b.c">m</a>
            """;

        var links = LinkExtractor.Find(html, Page, "text/html").Select(u => u.PathAndQuery).ToList();

        // The base element is itself an href, to the home page.
        Assert.Equal(["/", "/css/site.css", "/timeline?category=filing&year=2026", "/charts/a.png", "/charts/a.png", "/charts/b.png"], links);
    }

    [Fact]
    public void The_sites_own_absolute_urls_are_found_in_escaped_snippets_and_citations()
    {
        const string html = """
            <code>&lt;iframe src=&quot;https://t.example/embed/rulings?case=ctr-v-irs&quot;&gt;</code>
            url = {https://t.example/figures/x},&#xA; see https://t.example/events/y. and https://other.example/z
            """;

        var links = LinkExtractor.FindAbsolute(html, "https://t.example").Select(u => u.AbsoluteUri).ToList();

        Assert.Equal(["https://t.example/embed/rulings?case=ctr-v-irs", "https://t.example/figures/x", "https://t.example/events/y"], links);
    }

    [Fact]
    public void Stylesheet_urls_resolve_against_the_stylesheet()
    {
        var links = LinkExtractor.Find("a{background:url('../images/a.svg')} b{src:url(f.woff2)}", new Uri("http://h/css/site.css"), "text/css");

        Assert.Equal(["/images/a.svg", "/css/f.woff2"], links.Select(u => u.AbsolutePath));
    }
}
