using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Transparency.Web.Charts;

namespace Transparency.E2E.Tests.Validators;

/// <summary>
/// Every page type, in English and Spanish, is valid HTML by the Nu Html Checker (vnu-jar, pinned in
/// tests/tools, on the system Java): zero errors. The pages come from the real app on its Kestrel port and
/// are checked in one run of the validator (one JVM start, about 10 s, not one per page).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class HtmlValidityTests(BrowserFixture browser)
{
    private const string NotFound = "/no-such-page";

    // A document with one known error, checked in the same run: proves the validator read the files and
    // reported, so "no errors" can never mean "nothing was checked".
    private const string Control = "<!DOCTYPE html><html lang=\"en\"><head><title>control</title></head><body><div><li>x</li></div></body></html>";

    [Fact]
    public async Task Every_page_type_in_English_and_Spanish_has_no_HTML_errors()
    {
        Assert.SkipWhen(browser.SkipReason is not null, browser.SkipReason ?? "");
        var (java, jar) = RequireValidator();
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };

        var folder = Directory.CreateTempSubdirectory("vnu-");
        try
        {
            var pages = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in await PagesAsync(client, ct))
            {
                foreach (var url in new[] { path, path == "/" ? "/es/" : "/es" + path })
                {
                    using var response = await client.GetAsync(url, ct);
                    var expected = path == NotFound ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                    Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode}, expected {(int)expected}");
                    Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                    var file = $"{pages.Count:D2}.html";
                    await File.WriteAllBytesAsync(Path.Combine(folder.FullName, file), await response.Content.ReadAsByteArrayAsync(ct), ct);
                    pages[file] = url;
                }
            }
            const string control = "control.html";
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, control), Control, ct);

            var messages = await ValidateAsync(java, jar, folder.FullName, [.. pages.Keys, control], ct);

            Assert.Contains(messages, m => m.File == control);
            var errors = messages.Where(m => m.File != control)
                .Select(m => $"{pages.GetValueOrDefault(m.File, m.File)} (line {m.Line}): {m.Message}")
                .ToList();
            Assert.True(errors.Count == 0, $"{errors.Count} HTML errors in {pages.Count} pages:\n" + string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// One page of every type, in English. The ids come from the site's own lists, so editing the data never
    /// breaks this test; each list must offer at least one.
    /// </summary>
    private static async Task<List<string>> PagesAsync(HttpClient client, CancellationToken ct)
    {
        async Task<string> FirstLinkAsync(string page, string pattern)
        {
            var html = await client.GetStringAsync(page, ct);
            var match = Regex.Match(html, $@"href=""({pattern})""");
            Assert.True(match.Success, $"{page} links to no page like {pattern}");
            return WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        var caseId = (await FirstLinkAsync("/cases", "/cases/[a-z0-9-]+"))["/cases/".Length..];
        return
        [
            "/",
            "/guide",
            "/requests",
            "/figures",
            await FirstLinkAsync("/figures", "/figures/[a-z0-9-]+"),
            "/cases",
            $"/cases/{caseId}",
            $"/cases/{caseId}/fact-sheet",
            "/timeline",
            await FirstLinkAsync("/timeline", @"/timeline\?category=[a-z0-9-]+"),
            "/timeline?q=court",
            "/search",
            "/search?q=court",
            "/search?q=indocumentados&kind=figure",
            await FirstLinkAsync("/timeline", "/events/[a-z0-9-]+"),
            "/sources",
            await FirstLinkAsync("/sources", "/sources/[a-z0-9-]+"),
            "/methodology",
            "/glossary",
            "/corrections",
            "/about",
            "/data",
            $"/embed/{ChartLoader.RequestFunnel}",
            $"/embed/{ChartLoader.Rulings}",
            $"/embed/{ChartLoader.Rulings}?case={caseId}",
            NotFound,
        ];
    }

    /// <summary>Runs vnu once over the files (names in folder); its JSON report (on stderr) lists errors only.</summary>
    private static async Task<List<(string File, int Line, string Message)>> ValidateAsync(
        string java, string jar, string folder, IReadOnlyList<string> files, CancellationToken ct)
    {
        var start = new ProcessStartInfo(java) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always" })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var report = await stderr;
        Assert.True(process.ExitCode == 0, $"vnu exited {process.ExitCode}\n{await stdout}\n{report}");

        using var json = JsonDocument.Parse(report);
        // Every message counts, not only type "error": a "non-document-error" (a file it could not read) too.
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (
                // "url" is file:/tmp/.../00.html; the name is enough to find the page.
                File: m.TryGetProperty("url", out var url) ? Path.GetFileName(url.GetString()) ?? "" : "",
                Line: m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                Message: $"{m.GetProperty("type").GetString()}: {m.GetProperty("message").GetString()}"))
            .ToList();
    }

    /// <summary>Java and tests/tools' vnu.jar: skipped when missing, a failure when CI=true.</summary>
    private static (string Java, string Jar) RequireValidator()
    {
        var jar = Path.Combine(TestRepository.ToolsDirectory, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        var java = FindJava();
        var reason = (java, File.Exists(jar)) switch
        {
            (null, _) => "Java is not installed (the Nu Html Checker needs it): `apt-get install -y default-jre-headless`.",
            (_, false) => "The Nu Html Checker is not installed: run `npm ci --prefix tests/tools`.",
            _ => null,
        };
        if (reason is not null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " Required when CI=true.");
        }
        Assert.SkipWhen(reason is not null, reason ?? "");
        return (java!, jar);
    }

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(p => Path.Combine(p, "java"));
        if (!string.IsNullOrEmpty(home))
        {
            candidates = candidates.Prepend(Path.Combine(home, "bin", "java"));
        }
        return candidates.FirstOrDefault(File.Exists);
    }
}
