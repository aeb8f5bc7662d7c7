using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace Transparency.Web.Tests.Api;

/// <summary>The served /openapi/v1.json, linted by the pinned @redocly/cli with tests/tools/redocly.yaml.</summary>
public sealed class OpenApiLintTests(SiteFactory factory)
{
    [Fact]
    public async Task The_OpenAPI_document_passes_redocly_lint_with_no_errors_or_warnings()
    {
        var redocly = Path.Combine(TestRepository.ToolsDirectory, "node_modules", ".bin", "redocly");
        var missing = !File.Exists(redocly) ? $"{redocly} is missing (run `npm ci --prefix tests/tools`)"
            : !await CanRunAsync("node", "--version") ? "node is not on PATH"
            : null;
        // CI installs the tools; there a missing linter is a broken build, not a reason to skip.
        Assert.False(missing is not null && Environment.GetEnvironmentVariable("CI") == "true", $"CI=true but {missing}");
        Assert.SkipWhen(missing is not null, $"OpenAPI lint not run: {missing}.");

        using var client = factory.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        var file = Path.Combine(Path.GetTempPath(), $"transparency-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document, TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, output, errors) = await RunAsync(redocly, ["lint", file, "--config", Path.Combine(TestRepository.ToolsDirectory, "redocly.yaml"), "--format=json"]);

            Assert.True(exitCode == 0, $"redocly lint exited with {exitCode}:\n{output}\n{errors}");
            using var report = JsonDocument.Parse(output);
            var totals = report.RootElement.GetProperty("totals");
            var problems = string.Join("\n", report.RootElement.GetProperty("problems").EnumerateArray()
                .Select(p => $"{p.GetProperty("severity")} {p.GetProperty("ruleId")}: {p.GetProperty("message")} at {p.GetProperty("location")[0].GetProperty("pointer")}"));
            Assert.True(totals.GetProperty("errors").GetInt32() == 0, problems);
            Assert.True(totals.GetProperty("warnings").GetInt32() == 0, problems);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<bool> CanRunAsync(string fileName, string argument)
    {
        try
        {
            return (await RunAsync(fileName, [argument])).ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestRepository.ToolsDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Offline and quiet: no telemetry, no update check.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
