using System.Text.RegularExpressions;

namespace Transparency.Tests;

/// <summary>Every same-site page a reader can reach by links from / and /es/ (and the 404 page), breadth first.</summary>
public static partial class PageCrawler
{
    private const int MaxPages = 2000;

    /// <summary>Each HTML page's path and body: every filter view the site links to, both languages.</summary>
    public static async Task<List<(string Path, string Html)>> CrawlAsync(HttpClient client, CancellationToken ct)
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
}
