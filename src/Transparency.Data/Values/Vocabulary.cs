using System.Collections.Frozen;
using System.Text;

namespace Transparency.Data.Values;

/// <summary>
/// The text form of the vocabularies (the enums in this folder): each member is its column value in
/// kebab-case (<see cref="SourceTier.PrimaryDocument"/> is <c>primary-document</c>), which is what
/// schema.sql's CHECK lists, the CSVs, the downloads and the API carry. Deriving the text from the member name
/// keeps one list per vocabulary; a data test compares every enum with its CHECK list.
/// </summary>
public static class Vocabulary
{
    /// <summary>The value as the data spells it: <c>court-ruling</c>.</summary>
    public static string Text<T>(T value) where T : struct, Enum =>
        Of<T>.Texts.TryGetValue(value, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(T).Name}.");

    /// <summary>As <see cref="Text{T}(T)"/>, null for null.</summary>
    public static string? Text<T>(T? value) where T : struct, Enum => value is { } v ? Text(v) : null;

    /// <summary>The member for a text the data holds; throws on anything else (the schema's CHECK lets nothing else in).</summary>
    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name} ({string.Join(", ", Texts<T>())}).");

    /// <summary>Exact, case-sensitive match on the kebab-case text (query strings use this: <c>?category=court-ruling</c>).</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Of<T>.Values.TryGetValue(text, out value);
    }

    /// <summary>Every text of the vocabulary, in declaration order.</summary>
    public static IReadOnlyList<string> Texts<T>() where T : struct, Enum => Of<T>.Ordered;

    /// <summary><c>ConfirmedCourtRecord</c> → <c>confirmed-court-record</c>.</summary>
    internal static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    private static class Of<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> Ordered = Enum.GetValues<T>().Select(v => Kebab(v.ToString())).ToArray();
        public static readonly FrozenDictionary<T, string> Texts = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));
        public static readonly FrozenDictionary<string, T> Values = Enum.GetValues<T>().ToFrozenDictionary(v => Kebab(v.ToString()), v => v, StringComparer.Ordinal);
    }
}
