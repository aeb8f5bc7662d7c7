using System.Globalization;

namespace Transparency.Web.Localization;

/// <summary>
/// The same Strings.resx / Strings.es.resx that IStringLocalizer&lt;Strings&gt; reads, for the presentational
/// components under Shared/, which take no injected services: they read the request's UI culture.
/// </summary>
public static class Text
{
    public static string Get(string key) => FrozenStrings.Site.For(CultureInfo.CurrentUICulture).GetValueOrDefault(key, key);

    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);

    /// <summary>"1 row" / "2 rows": a count with the noun in the right number (both languages put it after the number).</summary>
    public static string Count(long count, string one, string many) =>
        count.ToString("#,0", CultureInfo.CurrentCulture) + " " + (count == 1 ? one : many);
}
