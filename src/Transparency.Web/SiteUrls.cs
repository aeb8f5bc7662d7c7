using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.Extensions;

namespace Transparency.Web;

/// <summary>
/// Absolute URLs for permanent links: citations and Atom ids. Set <c>Site:PublicUrl</c> in production
/// (e.g. https://transparency.example.org) so they do not depend on the Host header a request arrives
/// with; without it, the current request's scheme and host are used (fine for development and tests).
/// </summary>
public sealed class SiteUrls
{
    public const string ConfigurationKey = "Site:PublicUrl";

    public SiteUrls(string? publicUrl)
    {
        if (string.IsNullOrWhiteSpace(publicUrl))
        {
            return;
        }
        // Fail at start-up, not on the first citation: a bad base would make every permanent URL wrong.
        if (!Uri.TryCreate(publicUrl.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be an absolute http(s) URL without query or fragment, not “{publicUrl}”.");
        }
        PublicUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public static SiteUrls From(IConfiguration configuration) => new(configuration[ConfigurationKey]);

    /// <summary>The configured base, without a trailing slash; null when the request decides.</summary>
    public string? PublicUrl { get; }

    /// <summary>The site's base URL without a trailing slash, for an endpoint.</summary>
    public string BaseUrl(HttpRequest request) =>
        PublicUrl ?? UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase).TrimEnd('/');

    /// <summary>The site's base URL without a trailing slash, for a page.</summary>
    public string BaseUrl(NavigationManager navigation) => PublicUrl ?? navigation.BaseUri.TrimEnd('/');

    /// <summary>The permanent URL of a site path such as <c>/events/some-id</c>.</summary>
    public static string Absolute(string baseUrl, string path) => baseUrl + (path.StartsWith('/') ? path : "/" + path);
}
