using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Transparency.Web.Export;

/// <summary>
/// <c>export --out DIR --base-url URL [--data DIR] [--db FILE]</c>: the complete site as static files. It
/// starts this same app (Production, on a loopback port, Site:PublicUrl = the base URL), crawls it, and
/// writes every answer's bytes unchanged, the 404 pages, an nginx.conf and a manifest of URL → file.
/// Running the real app, not a re-implementation, is what makes the files byte-identical to the site.
/// </summary>
public static class ExportCommand
{
    public const string ManifestName = "_export-manifest.tsv";
    private const int Failed = 1;
    private const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (Parse(args, error) is not { } options)
        {
            error.WriteLine("usage: export --out DIR --base-url https://example.org [--data DIR] [--db FILE]");
            return Usage;
        }
        var outDirectory = Path.GetFullPath(options["--out"]);
        var baseUrl = options.GetValueOrDefault("--base-url") ?? Environment.GetEnvironmentVariable("Site__PublicUrl");
        string publicUrl;
        try
        {
            // Absolute links in the export (hreflang, Open Graph, citations, Atom ids) all come from it.
            publicUrl = new SiteUrls(baseUrl).PublicUrl ?? throw new InvalidOperationException("export needs --base-url (or Site__PublicUrl): the public address the files will be served from.");
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine(ex.Message);
            return Usage;
        }
        if (!PrepareDirectory(outDirectory, error))
        {
            return Usage;
        }

        var clock = Stopwatch.StartNew();
        var log = new StringBuilder();
        // The free port is found before the site binds it; if something else takes it first, try another.
        var (site, client) = await StartReadySiteAsync(publicUrl, options, log);
        if (site is null || client is null)
        {
            error.WriteLine("The site did not start:");
            lock (log) { error.WriteLine(log.ToString()); }
            return Failed;
        }
        try
        {
            var result = await new SiteCrawler(client, publicUrl).CrawlAsync(outDirectory, CancellationToken.None);
            await File.WriteAllTextAsync(Path.Combine(outDirectory, NginxConfig.FileName), NginxConfig.Build(result.Files, outDirectory));
            await File.WriteAllLinesAsync(Path.Combine(outDirectory, ManifestName),
                result.Files.Select(f => $"{f.Url}\t{f.File}\t{f.ContentType}").Prepend("url\tfile\tcontent_type"));
            var bytes = result.Files.Sum(f => new FileInfo(Path.Combine(outDirectory, f.File)).Length);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Exported {result.Files.Count} files ({bytes / 1024.0 / 1024.0:0.0} MiB) for {publicUrl} to {outDirectory} in {clock.Elapsed.TotalSeconds:0.0} s"));
            foreach (var problem in result.Problems)
            {
                error.WriteLine(problem);
            }
            return result.Problems.Count == 0 ? 0 : Failed;
        }
        finally
        {
            client.Dispose();
            await StopAsync(site);
        }
    }

    private static async Task<(Process?, HttpClient?)> StartReadySiteAsync(string publicUrl, Dictionary<string, string> options, StringBuilder log)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var site = StartSite(port, publicUrl, options);
            site.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
            site.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
            site.BeginOutputReadLine();
            site.BeginErrorReadLine();
            var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromMinutes(2),
            };
            if (await WaitUntilReadyAsync(client, site))
            {
                return (site, client);
            }
            client.Dispose();
            await StopAsync(site);
        }
        return (null, null);
    }

    private static async Task StopAsync(Process site)
    {
        if (!site.HasExited)
        {
            site.Kill(entireProcessTree: true);
            await site.WaitForExitAsync();
        }
        site.Dispose();
    }

    private static Dictionary<string, string>? Parse(string[] args, TextWriter error)
    {
        string[] known = ["--out", "--base-url", "--data", "--db"];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!known.Contains(args[i]) || i + 1 >= args.Length)
            {
                error.WriteLine(known.Contains(args[i]) ? $"{args[i]} needs a value" : $"unknown argument '{args[i]}'");
                return null;
            }
            options[args[i]] = args[++i];
        }
        if (!options.ContainsKey("--out"))
        {
            error.WriteLine("--out is required");
            return null;
        }
        return options;
    }

    /// <summary>An empty or new folder, or a previous export (recognised by its manifest), which is replaced.</summary>
    private static bool PrepareDirectory(string outDirectory, TextWriter error)
    {
        if (Directory.Exists(outDirectory) && Directory.EnumerateFileSystemEntries(outDirectory).Any())
        {
            if (!File.Exists(Path.Combine(outDirectory, ManifestName)))
            {
                error.WriteLine($"{outDirectory} is not empty and is not a previous export; choose an empty folder.");
                return false;
            }
            Directory.Delete(outDirectory, recursive: true);
        }
        Directory.CreateDirectory(outDirectory);
        return true;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>This same program without the export argument: the ordinary site, as `dotnet run` or a host starts it.</summary>
    private static Process StartSite(int port, string publicUrl, Dictionary<string, string> options)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this program's executable.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }
        string[] settings =
        [
            $"--urls=http://127.0.0.1:{port}",
            "--environment=Production",
            $"--{SiteUrls.ConfigurationKey}={publicUrl}",
            // One client fetching every download in a burst is the export itself, not abuse.
            "--RateLimits:PerClientPerMinute=100000000",
            "--RateLimits:Burst=100000000",
        ];
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }
        if (options.TryGetValue("--data", out var data))
        {
            start.ArgumentList.Add($"--Dataset:DataDirectory={Path.GetFullPath(data)}");
        }
        if (options.TryGetValue("--db", out var db))
        {
            start.ArgumentList.Add($"--Dataset:DatabasePath={Path.GetFullPath(db)}");
        }
        return Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {host}.");
    }

    private static async Task<bool> WaitUntilReadyAsync(HttpClient client, Process site)
    {
        // The first start may build the database from data/ first.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !site.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        return false;
    }
}
