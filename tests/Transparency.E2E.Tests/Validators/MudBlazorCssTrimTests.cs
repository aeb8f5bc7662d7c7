namespace Transparency.E2E.Tests.Validators;

/// <summary>
/// The site links a trimmed MudBlazor stylesheet (5 KB instead of 627 KB). It is only sound while it holds
/// every rule the pages can use: this test renders every page reachable from both home pages (every filter
/// view the site links to, both languages, the 404 page), trims MudBlazor's own stylesheet against them with
/// PurgeCSS, and fails when the result differs from the committed file. Regenerate with
/// <c>UPDATE_TRIMMED_CSS=1 dotnet test --project tests/Transparency.E2E.Tests --filter-class "*MudBlazorCssTrimTests"</c>.
/// </summary>
public sealed class MudBlazorCssTrimTests(SiteFactory factory)
{
    private const string Committed = "wwwroot/css/mudblazor.trimmed.css";

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
            var crawled = await PageCrawler.CrawlAsync(client, ct);
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
}
