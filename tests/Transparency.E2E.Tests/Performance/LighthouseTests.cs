using System.Diagnostics;
using System.Text.Json;

namespace Transparency.E2E.Tests.Performance;

/// <summary>
/// Lighthouse 12.2.3 (tests/tools, pinned) on the real app: accessibility, best practices and SEO must score
/// 1.0 on the pages with the page-weight budget. Performance is scored in the benchmark (tests/bench), on the
/// published app, because a shared CI machine's timing would make it flaky here.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LighthouseTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages => new()
    {
        "/", "/timeline", "/cases/ctr-v-irs", "/es/", "/es/timeline", "/es/cases/ctr-v-irs",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Accessibility_best_practices_and_SEO_score_1(string path)
    {
        Assert.SkipWhen(browser.SkipReason is not null, browser.SkipReason ?? "");
        var tools = TestRepository.ToolsDirectory;
        var cli = Path.Combine(tools, "node_modules", "lighthouse", "cli", "index.js");
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(cli))
        {
            const string reason = "Lighthouse is not installed: run `npm ci --prefix tests/tools`.";
            Assert.False(ci, reason + " Required when CI=true.");
            Assert.Skip(reason);
        }
        var report = Path.Combine(Path.GetTempPath(), $"lighthouse-{Guid.NewGuid():N}.json");
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                cli, browser.BaseUrl + path, "--quiet", "--output=json", $"--output-path={report}",
                "--only-categories=accessibility,best-practices,seo",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
            })
            {
                start.ArgumentList.Add(argument);
            }
            start.Environment["CHROME_PATH"] = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0 && File.Exists(report), $"lighthouse exited {process.ExitCode}\n{await output}\n{await error}");

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken));
            var root = json.RootElement;
            var audits = root.GetProperty("audits");
            var problems = new List<string>();
            foreach (var category in root.GetProperty("categories").EnumerateObject())
            {
                var score = category.Value.GetProperty("score");
                if (score.ValueKind == JsonValueKind.Number && score.GetDouble() >= 1.0)
                {
                    continue;
                }
                // Name every audit that cost points, with its title, so the failure says what to fix.
                var failing = category.Value.GetProperty("auditRefs").EnumerateArray()
                    .Where(r => r.GetProperty("weight").GetDouble() > 0)
                    .Select(r => audits.GetProperty(r.GetProperty("id").GetString()!))
                    .Where(a => a.GetProperty("score").ValueKind == JsonValueKind.Number && a.GetProperty("score").GetDouble() < 1)
                    .Select(a => $"  {a.GetProperty("id").GetString()}: {a.GetProperty("title").GetString()}");
                problems.Add($"{category.Name} = {score}\n{string.Join("\n", failing)}");
            }
            Assert.True(problems.Count == 0, $"{path}:\n{string.Join("\n", problems)}");
        }
        finally
        {
            File.Delete(report);
        }
    }
}
