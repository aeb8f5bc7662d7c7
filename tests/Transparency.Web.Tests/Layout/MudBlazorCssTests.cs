using System.Text.RegularExpressions;

namespace Transparency.Web.Tests.Layout;

/// <summary>
/// The site links a trimmed MudBlazor stylesheet (5 KB instead of 627 KB). It is only sound while it holds
/// every rule the pages can use: this test renders every page reachable from both home pages (every filter
/// view the site links to, both languages, the 404 page), trims MudBlazor's own stylesheet against them with
/// PurgeCSS, and fails when the result differs from the committed file. Regenerate with
/// <c>UPDATE_TRIMMED_CSS=1 dotnet test tests/Transparency.Web.Tests --filter-class "*MudBlazorCssTests"</c>.
/// </summary>
public sealed partial class MudBlazorCssTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string Committed = "wwwroot/css/mudblazor.trimmed.css";
    private const int MaxPages = 2000;

    [Fact]
    public async Task The_trimmed_stylesheet_holds_every_MudBlazor_rule_the_pages_use()
    {
        NodeTool.RequireInstalled("node_modules/purgecss/package.json");
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var work = Directory.CreateTempSubdirectory("mud-trim-");
        try
        {
            var pages = Path.Combine(work.FullName, "pages");
            Directory.CreateDirectory(pages);
            var crawled = await CrawlAsync(client, ct);
            Assert.True(crawled.Count > 40, $"only {crawled.Count} pages rendered");
            for (var i = 0; i < crawled.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(pages, $"{i:D4}.html"), crawled[i].Html, ct);
            }

            var full = Path.Combine(work.FullName, "MudBlazor.min.css");
            await File.WriteAllBytesAsync(full, await client.GetByteArrayAsync("/_content/MudBlazor/MudBlazor.min.css", ct), ct);
            var version = typeof(MudBlazor.MudAlert).Assembly.GetName().Version!.ToString(3);
            var trimmed = Path.Combine(work.FullName, "trimmed.css");
            var (exit, output) = await NodeTool.RunAsync("trim-mudblazor.js", full, pages, trimmed, version);
            Assert.True(exit == 0, output);

            var committed = Path.Combine(NodeTool.RepositoryRoot(), Committed);
            if (Environment.GetEnvironmentVariable("UPDATE_TRIMMED_CSS") == "1")
            {
                File.Copy(trimmed, committed, overwrite: true);
            }
            Assert.True(File.ReadAllText(trimmed) == File.ReadAllText(committed),
                $"{Committed} is out of date with the pages ({output.Trim()}). Regenerate it with " +
                "UPDATE_TRIMMED_CSS=1 dotnet test tests/Transparency.Web.Tests --filter-class \"*MudBlazorCssTests\" and review the diff.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Pages_link_the_trimmed_stylesheet_and_not_the_full_one()
    {
        var html = await factory.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Matches(@"href=""css/mudblazor\.trimmed\.[a-z0-9]+\.css""", html);
        Assert.DoesNotContain("MudBlazor.min.css", html);
    }

    [Fact]
    public async Task No_page_has_a_style_element_or_a_style_attribute()
    {
        // The CSP's style-src has no 'unsafe-inline', so a browser drops either one (and reports it): every
        // style must come from a linked stylesheet. MudBlazor writes both (MudThemeProvider a <style> element,
        // MudPaper a style attribute even when empty), so a new component can bring them back.
        var crawled = await CrawlAsync(factory.CreateClient(), TestContext.Current.CancellationToken);

        Assert.True(crawled.Count > 40, $"only {crawled.Count} pages rendered");
        var found = crawled.SelectMany(page => InlineStyle().Matches(page.Html).Select(m => $"{page.Path}: {m.Value}")).ToList();
        Assert.True(found.Count == 0, $"{found.Count} inline styles, for example:\n" + string.Join("\n", found.Take(20)));
    }

    /// <summary>Every same-site page link (no file extension) from / and /es/, breadth first.</summary>
    private static async Task<List<(string Path, string Html)>> CrawlAsync(HttpClient client, CancellationToken ct)
    {
        var queue = new Queue<string>(["/", "/es/", "/no-such-page", "/es/no-such-page"]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var pages = new List<(string Path, string Html)>();
        while (queue.Count > 0 && pages.Count < MaxPages)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path, ct);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync(ct);
            pages.Add((path, html));
            foreach (Match link in Href().Matches(html))
            {
                var target = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                var pathPart = target.Split('?')[0];
                if (target.Length > 0 && !Path.HasExtension(pathPart) && !pathPart.StartsWith("/api", StringComparison.Ordinal)
                    && !pathPart.StartsWith("/feeds", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }
        Assert.True(queue.Count == 0, $"more than {MaxPages} pages: raise the limit");
        return pages;
    }

    [GeneratedRegex(@"href=""(/[^""/][^""]*|/)""")]
    private static partial Regex Href();

    // A <style> start tag, or a style attribute on any start tag, with a value or bare (Blazor writes an empty
    // one as plain `style`). Escaped text, such as the embed snippet's <iframe style=...> shown in a textarea,
    // has no raw '<' and does not match.
    [GeneratedRegex(@"<style[\s>]|<[a-zA-Z][^<>]*\sstyle(?:\s*=|[\s/>])[^<>]*>?", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
