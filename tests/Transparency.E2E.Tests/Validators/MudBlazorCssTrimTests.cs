using System.Text.RegularExpressions;

namespace Transparency.E2E.Tests.Validators;

/// <summary>
/// The site links a trimmed MudBlazor stylesheet (5 KB instead of 627 KB). It is only sound while it holds
/// every rule the pages can use: this test renders every page reachable from both home pages (every filter
/// view the site links to, both languages, the 404 page), trims MudBlazor's own stylesheet against them with
/// PurgeCSS, and fails when the result differs from the committed file. Regenerate with
/// <c>UPDATE_TRIMMED_CSS=1 dotnet test --project tests/Transparency.E2E.Tests --filter-class "*MudBlazorCssTrimTests"</c>.
/// </summary>
public sealed partial class MudBlazorCssTrimTests(SiteFactory factory)
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
            var crawled = await CrawlAsync(client, pages, ct);
            Assert.True(crawled > 40, $"only {crawled} pages rendered");

            var full = Path.Combine(work.FullName, "MudBlazor.min.css");
            await File.WriteAllBytesAsync(full, await client.GetByteArrayAsync("/_content/MudBlazor/MudBlazor.min.css", ct), ct);
            var version = typeof(MudBlazor.MudAlert).Assembly.GetName().Version!.ToString(3);
            var trimmed = Path.Combine(work.FullName, "trimmed.css");
            var (exit, output) = await NodeTool.RunAsync("trim-mudblazor.js", full, pages, trimmed, version);
            Assert.True(exit == 0, output);

            var committed = Path.Combine(TestRepository.Root, Committed);
            if (Environment.GetEnvironmentVariable("UPDATE_TRIMMED_CSS") == "1")
            {
                File.Copy(trimmed, committed, overwrite: true);
            }
            Assert.True(File.ReadAllText(trimmed) == File.ReadAllText(committed),
                $"{Committed} is out of date with the pages ({output.Trim()}). Regenerate it with " +
                "UPDATE_TRIMMED_CSS=1 dotnet test --project tests/Transparency.E2E.Tests --filter-class \"*MudBlazorCssTrimTests\" and review the diff.");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Every same-site page link (no file extension) from / and /es/, breadth first.</summary>
    private static async Task<int> CrawlAsync(HttpClient client, string folder, CancellationToken ct)
    {
        var queue = new Queue<string>(["/", "/es/", "/no-such-page", "/es/no-such-page"]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var count = 0;
        while (queue.Count > 0 && count < MaxPages)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path, ct);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync(ct);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{count++:D4}.html"), html, ct);
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
        return count;
    }

    [GeneratedRegex(@"href=""(/[^""/][^""]*|/)""")]
    private static partial Regex Href();
}
