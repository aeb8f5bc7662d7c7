namespace Transparency.Web.Export;

/// <summary>
/// Where a URL of the site is written in the export. The site keeps its URLs (filter views carry their
/// state in the query string), so the mapping is one a plain static server can reproduce with a rewrite:
/// <list type="bullet">
/// <item><c>/data/cases.csv</c> → <c>data/cases.csv</c> (a path with an extension is its own file);</item>
/// <item><c>/cases/x</c> → <c>cases/x/index.html</c>, <c>/</c> → <c>index.html</c> (the extension comes from
/// the content type, so a JSON answer without an extension becomes <c>index.json</c>);</item>
/// <item><c>/timeline?category=x&amp;year=2026</c> → <c>__q/timeline/category=x&amp;year=2026.html</c>: the raw
/// query string exactly as the site links it, then the content type's extension.</item>
/// </list>
/// </summary>
public static class ExportPaths
{
    public const string QueryFolder = "__q";

    /// <summary>The export file for a site URL (absolute path plus optional raw query), or null when it cannot be a file.</summary>
    public static string? FileFor(string path, string query, string extension)
    {
        if (!path.StartsWith('/') || path.Contains('\\') || path.Contains('\0'))
        {
            return null;
        }
        var trimmed = path.TrimEnd('/');
        string file;
        if (query.Length > 0)
        {
            // Long or odd queries would make unsafe or over-long file names; the site never links those.
            if (query.Length > 200 || query.Contains('\0') || query.Contains('\\') || query.StartsWith('/'))
            {
                return null;
            }
            file = QueryFolder + trimmed + "/" + query + "." + extension;
        }
        else if (HasExtension(trimmed))
        {
            file = trimmed.TrimStart('/');
        }
        else
        {
            file = (trimmed.Length == 0 ? "" : trimmed.TrimStart('/') + "/") + "index." + extension;
        }
        var segments = file.Split('/');
        return segments.Any(s => s is "" or "." or "..") ? null : file;
    }

    /// <summary>True when the last path segment has a file extension (<c>/data/cases.csv</c>, not <c>/cases/x</c>).</summary>
    public static bool HasExtension(string path)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        return dot > 0 && dot < last.Length - 1;
    }

    /// <summary>The file extension that stands for a content type in the export (html, json, csv, ...).</summary>
    public static string ExtensionFor(string mediaType) => mediaType switch
    {
        "text/html" => "html",
        "application/json" or "application/problem+json" => "json",
        "text/csv" => "csv",
        "application/atom+xml" => "atom",
        "image/svg+xml" => "svg",
        "image/png" => "png",
        "text/css" => "css",
        "text/plain" => "txt",
        "application/xml" or "text/xml" => "xml",
        "application/zip" => "zip",
        _ => "bin",
    };
}
