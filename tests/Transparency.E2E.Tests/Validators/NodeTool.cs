using System.Diagnostics;

namespace Transparency.E2E.Tests.Validators;

/// <summary>Runs a real validator from tests/tools (npm ci --prefix tests/tools); skips locally, fails under CI.</summary>
public static class NodeTool
{
    public static void RequireInstalled(string relativePath)
    {
        var present = File.Exists(Path.Combine(TestRepository.ToolsDirectory, relativePath)) && Which("node") is not null;
        var reason = $"node or tests/tools/{relativePath} is missing: run `npm ci --prefix tests/tools`.";
        if (!present && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " Required when CI=true.");
        }
        Assert.SkipUnless(present, reason);
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = TestRepository.ToolsDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestRepository.ToolsDirectory, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? Which(string program) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator).Select(p => Path.Combine(p, program)).FirstOrDefault(File.Exists);
}
