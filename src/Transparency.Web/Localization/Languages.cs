using System.Globalization;
using Transparency.Data;

namespace Transparency.Web.Localization;

/// <summary>
/// The URL decides the language: English at the root, Spanish under /es. No cookie, no Accept-Language
/// redirect. The request's culture is set from the path, so dates and numbers follow it everywhere.
/// </summary>
public static class Languages
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    public static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    /// <summary>The language of the current request (from its culture, which the middleware set from the path).</summary>
    public static Language Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" ? Language.Es : Language.En;

    public static CultureInfo Culture(Language language) => language == Language.Es ? Spanish : English;

    public static string Code(Language language) => language == Language.Es ? "es" : "en";

    public static Language FromPath(PathString path) => path.StartsWithSegments("/es", StringComparison.OrdinalIgnoreCase) ? Language.Es : Language.En;

    // Raw paths (from re-execution features) may hold anything a client sent; never decode them.
    private static Language FromRawPath(string path) =>
        path.Equals("/es", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/es/", StringComparison.OrdinalIgnoreCase) ? Language.Es : Language.En;

    /// <summary>The path without the /es prefix: "/es/timeline" → "/timeline", "/es" → "/".</summary>
    public static string Neutral(PathString path) => Neutral(path.Value);

    /// <summary>As <see cref="Neutral(PathString)"/> for a raw path string; never decodes it (a client may send %00).</summary>
    public static string Neutral(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }
        if (path.Equals("/es", StringComparison.OrdinalIgnoreCase) || path.Equals("/es/", StringComparison.OrdinalIgnoreCase))
        {
            return "/";
        }
        return path.StartsWith("/es/", StringComparison.OrdinalIgnoreCase) ? path[3..] : path;
    }

    /// <summary>A site-relative link in the given language: "/timeline" → "/es/timeline", "/" → "/es/".</summary>
    public static string Href(Language language, string path)
    {
        if (language == Language.En || !path.StartsWith('/'))
        {
            return path;
        }
        return path == "/" ? "/es/" : path.StartsWith("/#", StringComparison.Ordinal) || path.StartsWith("/?", StringComparison.Ordinal) ? "/es/" + path[1..] : "/es" + path;
    }

    /// <summary>A link in the current request's language.</summary>
    public static string Href(string path) => Href(Current, path);

    public static IApplicationBuilder UseLanguageFromPath(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // A re-executed 404 or error page takes the language of the address the reader asked for.
        var original = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path;
        var culture = Culture(original is null ? FromPath(context.Request.Path) : FromRawPath(original));
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return next(context);
    });
}
