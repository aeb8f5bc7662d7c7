using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace Transparency.Web.Localization;

/// <summary>
/// Every string of one .resx family (Strings or EmbedStrings), read once per culture into a frozen dictionary,
/// with ResourceManager's fallback (es-US, then es, then the neutral English file) already applied. A page makes
/// hundreds of lookups; through ResourceManager each took a lock and several hash lookups, 2-4% of a page's CPU time.
/// </summary>
public sealed class FrozenStrings
{
    private static readonly ConcurrentDictionary<Type, FrozenStrings> ByMarker = new();

    private readonly ResourceManager _resources;
    private readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> _byCulture = new();

    private FrozenStrings(Type marker)
    {
        BaseName = marker.FullName!;
        _resources = new ResourceManager(BaseName, marker.Assembly);
    }

    /// <summary>The strings of Strings.resx and its translations.</summary>
    public static FrozenStrings Site { get; } = Of(typeof(Strings));

    /// <summary>The resource base name, as ResourceManagerStringLocalizer reports it in SearchedLocation.</summary>
    public string BaseName { get; }

    /// <summary>The family whose resources are named after the marker type (Strings → Strings.resx).</summary>
    public static FrozenStrings Of(Type marker) => ByMarker.GetOrAdd(marker, m => new FrozenStrings(m));

    /// <summary>The strings as a reader in this UI culture gets them.</summary>
    public FrozenDictionary<string, string> For(CultureInfo culture) => _byCulture.GetOrAdd(culture.Name, _ => Load(culture));

    private FrozenDictionary<string, string> Load(CultureInfo culture)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        // From the most specific culture to the neutral one; a key is kept from the first file that has it.
        for (var c = culture; ; c = c.Parent)
        {
            if (_resources.GetResourceSet(c, createIfNotExists: true, tryParents: false) is { } set)
            {
                foreach (DictionaryEntry entry in set)
                {
                    if (entry.Key is string key && entry.Value is string value)
                    {
                        strings.TryAdd(key, value);
                    }
                }
            }
            if (c.Equals(CultureInfo.InvariantCulture))
            {
                break;
            }
        }
        return strings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
