using System.Net;
using System.Text.RegularExpressions;

namespace Transparency.Web.Export;

/// <summary>
/// The URLs a page, feed, SVG or stylesheet points to, resolved to absolute URIs. Regular expressions
/// are enough here: the documents are the site's own output, always with double-quoted attributes.
/// </summary>
public static partial class LinkExtractor
{
    public static IEnumerable<Uri> Find(string text, Uri documentUrl, string mediaType)
    {
        if (mediaType == "text/css")
        {
            foreach (Match match in CssUrl().Matches(text))
            {
                if (Resolve(documentUrl, match.Groups["url"].Value) is { } uri)
                {
                    yield return uri;
                }
            }
            yield break;
        }
        // Relative links in pages resolve against <base href>, as a browser does.
        var baseUrl = mediaType == "text/html" && BaseHref().Match(text) is { Success: true } b
            && Resolve(documentUrl, WebUtility.HtmlDecode(b.Groups["url"].Value)) is { } resolved ? resolved : documentUrl;
        foreach (Match match in Attribute().Matches(text))
        {
            var value = WebUtility.HtmlDecode(match.Groups["value"].Value);
            var candidates = match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? value.Split(',').Select(c => c.Trim().Split(' ')[0])
                : [value];
            foreach (var candidate in candidates)
            {
                if (Resolve(baseUrl, candidate) is { } uri)
                {
                    yield return uri;
                }
            }
        }
    }

    /// <summary>
    /// The site's own absolute URLs anywhere in a document, links or not: Open Graph images, citations,
    /// Atom ids and the iframe URL inside an embed snippet, which is escaped text rather than an attribute.
    /// </summary>
    public static IEnumerable<Uri> FindAbsolute(string text, string publicUrl)
    {
        var decoded = WebUtility.HtmlDecode(text);
        for (var at = decoded.IndexOf(publicUrl, StringComparison.OrdinalIgnoreCase); at >= 0; at = decoded.IndexOf(publicUrl, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at;
            while (end < decoded.Length && !char.IsWhiteSpace(decoded[end]) && decoded[end] is not ('"' or '\'' or '<' or '>' or ')' or ']' or '{' or '}'))
            {
                end++;
            }
            if (Uri.TryCreate(decoded[at..end].TrimEnd('.', ','), UriKind.Absolute, out var uri))
            {
                yield return uri;
            }
        }
    }

    private static Uri? Resolve(Uri baseUrl, string reference)
    {
        reference = reference.Trim();
        if (reference.Length == 0 || reference.StartsWith('#')
            || reference.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return Uri.TryCreate(baseUrl, reference, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
    }

    [GeneratedRegex(@"\b(?<name>href|src|srcset|action|poster|xlink:href)\s*=\s*""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<base\s[^>]*href\s*=\s*""(?<url>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex BaseHref();

    [GeneratedRegex("""url\(\s*['"]?(?<url>[^'")]+)['"]?\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
