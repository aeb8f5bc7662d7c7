using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Transparency.E2E.Tests.Export;

/// <summary>
/// Runs the real `export` command (the built Transparency.Web, as `dotnet run -- export` would) into a temp
/// folder, serves that folder with Debian's nginx using the generated nginx.conf, and keeps the live app in
/// memory with the same Site:PublicUrl, so tests can compare the two. Without nginx the tests skip, and
/// fail under CI=true.
/// </summary>
public sealed class ExportedSite : IAsyncLifetime
{
    public const string PublicUrl = "https://transparency.example.org";

    private static readonly string[] NginxPaths = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    private Process? _nginx;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("transparency-export-").FullName;

    public string ExportDirectory => Path.Combine(Directory, "site");

    public string? Unavailable { get; private set; }

    public string ExportOutput { get; private set; } = "";

    public int ExportExitCode { get; private set; } = -1;

    public Uri StaticBase { get; private set; } = new("http://127.0.0.1/");

    public ExportedSite()
    {
        // One database file for both sides, built here from the fixture: the footer shows the build time, so
        // an export and a live app reading two builds would differ.
        DataDirectory = TestRepository.CopyFixture(Path.Combine(Directory, "data"));
        DatabasePath = Path.Combine(Directory, "transparency.db");
        Transparency.Data.Building.DatasetBuilder.Build(DataDirectory, DatabasePath);
        Live = new LiveSite(DataDirectory, DatabasePath);
    }

    public string DataDirectory { get; }

    public string DatabasePath { get; }

    public LiveSite Live { get; }

    public void RequireServed()
    {
        if (Unavailable is not null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Unavailable + " Required when CI=true.");
        }
        Assert.SkipWhen(Unavailable is not null, Unavailable ?? "");
        Assert.True(ExportExitCode == 0, $"export exited with {ExportExitCode}:\n{ExportOutput}");
    }

    public async ValueTask InitializeAsync()
    {
        var nginx = NginxPaths.FirstOrDefault(File.Exists);
        if (nginx is null)
        {
            Unavailable = "nginx is missing: `apt-get install -y nginx-light` (the export is served by the nginx.conf it generates).";
            return;
        }
        (ExportExitCode, ExportOutput) = await RunExportAsync();
        if (ExportExitCode != 0)
        {
            return;
        }
        var port = FreePort();
        StaticBase = new Uri($"http://127.0.0.1:{port}/");
        _nginx = StartNginx(nginx, port);
        await WaitForAsync(StaticBase);
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }
        _nginx?.Dispose();
        await Live.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    public HttpClient CreateStaticClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = StaticBase };

    /// <summary>The command a reader runs, on the Transparency.Web this test run built.</summary>
    private async Task<(int, string)> RunExportAsync()
    {
        var project = Path.Combine(TestRepository.Root, "src", "Transparency.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "Transparency.Web.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { dll, "export", "--out", ExportDirectory, "--base-url", PublicUrl, "--data", DataDirectory, "--db", DatabasePath })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>nginx in the foreground, one process, with the export's own nginx.conf included as a host would.</summary>
    private Process StartNginx(string nginx, int port)
    {
        var prefix = Path.Combine(Directory, "nginx");
        System.IO.Directory.CreateDirectory(prefix);
        var site = File.ReadAllText(Path.Combine(ExportDirectory, "nginx.conf"))
            .Replace("listen 8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(prefix, "site.conf"), site);
        File.WriteAllText(Path.Combine(prefix, "main.conf"), $$"""
            daemon off;
            master_process off;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{prefix}};
                proxy_temp_path {{prefix}};
                fastcgi_temp_path {{prefix}};
                uwsgi_temp_path {{prefix}};
                scgi_temp_path {{prefix}};
                include {{prefix}}/site.conf;
            }
            """);
        var start = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix, "-c", Path.Combine(prefix, "main.conf") })
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start)!;
    }

    private async Task WaitForAsync(Uri address)
    {
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_nginx!.HasExited)
            {
                throw new InvalidOperationException("nginx stopped: " + await _nginx.StandardError.ReadToEndAsync()
                    + File.ReadAllText(Path.Combine(Directory, "nginx", "error.log")));
            }
            try
            {
                using var response = await client.GetAsync("/robots.txt");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("nginx did not start listening.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The live app with the same public URL as the export, as a reader's CDN would reach it.</summary>
    public sealed class LiveSite(string dataDirectory, string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            .UseEnvironment("Production")
            .UseSetting("Dataset:DataDirectory", dataDirectory)
            .UseSetting("Dataset:DatabasePath", databasePath)
            .UseSetting("Site:PublicUrl", PublicUrl)
            .UseSetting("RateLimits:PerClientPerMinute", "1000000")
            .UseSetting("RateLimits:Burst", "1000000");
    }
}
