using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Transparency.Web.Localization;

/// <summary>
/// IStringLocalizer&lt;TMarker&gt; over <see cref="FrozenStrings"/>: the same strings, the same fallback and
/// the same formatting (current culture) as ResourceManagerStringLocalizer, without a ResourceManager call per lookup.
/// </summary>
public sealed class FrozenStringLocalizer<TMarker> : IStringLocalizer<TMarker>
{
    private static readonly FrozenStrings Table = FrozenStrings.Of(typeof(TMarker));

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var found = Table.For(CultureInfo.CurrentUICulture).TryGetValue(name, out var value);
            return new LocalizedString(name, found ? value! : name, resourceNotFound: !found, searchedLocation: Table.BaseName);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var found = Table.For(CultureInfo.CurrentUICulture).TryGetValue(name, out var format);
            var value = string.Format(CultureInfo.CurrentCulture, found ? format! : name, arguments);
            return new LocalizedString(name, value, resourceNotFound: !found, searchedLocation: Table.BaseName);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var culture = CultureInfo.CurrentUICulture;
        var strings = Table.For(culture);
        // Without parents: only what this culture's own file (or, for the neutral culture, the main file) holds.
        var parent = includeParentCultures || culture.Equals(CultureInfo.InvariantCulture) ? null : Table.For(culture.Parent);
        foreach (var (name, value) in strings)
        {
            if (parent is null || !parent.TryGetValue(name, out var inherited) || !ReferenceEquals(inherited, value))
            {
                yield return new LocalizedString(name, value, resourceNotFound: false, searchedLocation: Table.BaseName);
            }
        }
    }
}
