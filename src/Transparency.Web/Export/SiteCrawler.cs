using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Transparency.Web.Export;

/// <summary>
/// Walks the running site from its entry points, following every same-site link in pages, feeds, SVGs
/// and stylesheets, and writes each answer's bytes unchanged into the export folder. Links that do not
/// answer 200 are collected as broken, because a static copy with broken links is not the site.
/// </summary>
public sealed class SiteCrawler(HttpClient client, string publicUrl)
{
    /// <summary>What a reader may reach without a link: the home pages, robots.txt, the API description, the feed.</summary>
    private static readonly string[] Seeds = ["/", "/es/", "/robots.txt", "/favicon.svg", "/openapi/v1.json", "/feeds/updates.atom", "/data"];

    /// <summary>Headers the live app sets per response that a static host must repeat (see <see cref="NginxConfig"/>).</summary>
    public static readonly string[] KeptHeaders =
    [
        "Cache-Control", "Content-Disposition", "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
        "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy", "Access-Control-Allow-Origin", "Repr-Digest",
    ];

    private const string MissingProbe = "__export-not-found";
    private const int Parallelism = 4;

    private readonly Uri _origin = client.BaseAddress ?? throw new ArgumentException("The client needs a BaseAddress.", nameof(client));
    private readonly ConcurrentDictionary<string, ExportedFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _problems = [];

    public async Task<CrawlResult> CrawlAsync(string outDirectory, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var level = new List<(string Url, string? From)>();
        foreach (var seed in Seeds)
        {
            seen.Add(seed);
            level.Add((seed, null));
        }
        while (level.Count > 0)
        {
            var found = new ConcurrentBag<(string Url, string From)>();
            await Parallel.ForEachAsync(level, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (item, ct) =>
            {
                foreach (var link in await FetchAsync(item.Url, item.From, outDirectory, ct))
                {
                    found.Add((link, item.Url));
                }
            });
            level = [.. found.OrderBy(f => f.Url, StringComparer.Ordinal).Where(f => seen.Add(f.Url))];
        }
        // The not-found page in both languages, for the host's error_page.
        await SaveNotFoundAsync("/" + MissingProbe, "404.html", outDirectory, cancellationToken);
        await SaveNotFoundAsync("/es/" + MissingProbe, "es/404.html", outDirectory, cancellationToken);
        return new CrawlResult([.. _files.Values.OrderBy(f => f.File, StringComparer.Ordinal)], [.. _problems.Order(StringComparer.Ordinal)]);
    }

    private async Task<IEnumerable<string>> FetchAsync(string url, string? from, string outDirectory, CancellationToken cancellationToken)
    {
        using var response = await GetAsync(url, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            // A seed the site does not have is not a broken link; a linked URL that fails is.
            if (from is not null)
            {
                _problems.Add($"broken link: {url} answered {(int)response.StatusCode}, linked from {from}");
            }
            return [];
        }
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        var (path, query) = Split(url);
        if (ExportPaths.FileFor(path, query, ExportPaths.ExtensionFor(mediaType)) is not { } file)
        {
            _problems.Add($"cannot be saved as a file: {url}, linked from {from}");
            return [];
        }
        Save(new ExportedFile(url, file, contentType, KeptHeadersOf(response)), bytes, outDirectory);
        if (mediaType is not ("text/html" or "application/atom+xml" or "image/svg+xml" or "text/css" or "application/xml"))
        {
            return [];
        }
        var text = Encoding.UTF8.GetString(bytes);
        // Absolute URLs must come from Site:PublicUrl; the loopback address the export ran on must never leak.
        if (text.Contains(_origin.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            _problems.Add($"absolute URL built from the request host (not Site:PublicUrl) in {url}");
        }
        return LinkExtractor.Find(text, new Uri(_origin, url), mediaType).Concat(LinkExtractor.FindAbsolute(text, publicUrl)).Select(SiteUrl).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>One retry on a dropped connection: on a busy machine a socket can fail once; the site is not at fault.</summary>
    private async Task<HttpResponseMessage> GetAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetAsync(url, cancellationToken);
        }
        catch (HttpRequestException)
        {
            await Task.Delay(500, cancellationToken);
            return await client.GetAsync(url, cancellationToken);
        }
    }

    private async Task SaveNotFoundAsync(string url, string file, string outDirectory, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            _problems.Add($"{url} should be the not-found page but answered {(int)response.StatusCode}");
            return;
        }
        var contentType = response.Content.Headers.ContentType?.ToString() ?? "text/html";
        Save(new ExportedFile(url, file, contentType, KeptHeadersOf(response)), await response.Content.ReadAsByteArrayAsync(cancellationToken), outDirectory);
    }

    private void Save(ExportedFile exported, byte[] bytes, string outDirectory)
    {
        var target = Path.Combine(outDirectory, exported.File.Replace('/', Path.DirectorySeparatorChar));
        if (!_files.TryAdd(exported.File, exported))
        {
            // Two URLs for one file (/es and /es/) are fine only when the site answers them the same.
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
            {
                _problems.Add($"{exported.Url} and {_files[exported.File].Url} both map to {exported.File} with different content");
            }
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
    }

    /// <summary>The site-relative URL (path and raw query) of a link, or null when it leads off the site.</summary>
    private string? SiteUrl(Uri link)
    {
        string local;
        if (string.Equals(link.GetLeftPart(UriPartial.Authority), _origin.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            local = link.PathAndQuery;
        }
        else
        {
            var absolute = link.GetLeftPart(UriPartial.Query);
            if (!absolute.StartsWith(publicUrl, StringComparison.OrdinalIgnoreCase)
                || (absolute.Length > publicUrl.Length && absolute[publicUrl.Length] is not ('/' or '?')))
            {
                return null;
            }
            local = absolute[publicUrl.Length..];
            local = local.Length == 0 || local[0] == '?' ? "/" + local : local;
        }
        return local.EndsWith('?') ? local[..^1] : local;
    }

    private static (string Path, string Query) Split(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? (url, "") : (url[..q], url[(q + 1)..]);
    }

    private static Dictionary<string, string> KeptHeadersOf(HttpResponseMessage response)
    {
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in KeptHeaders)
        {
            // Unvalidated: the exact text the app sent, not .NET's re-formatting of it.
            if (response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values))
            {
                kept[name] = values.ToString();
            }
        }
        return kept;
    }
}
