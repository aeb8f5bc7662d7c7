using System.Globalization;
using System.Text;

namespace Transparency.Data.Search;

/// <summary>
/// A reader's search text cut into the words the index can match, folded as its tokenizer folds them
/// (unicode61 with remove_diacritics 2: lowercase, accents removed, anything but letters and digits separates
/// words). No input is FTS5 syntax: quotes, AND, OR, NEAR, parentheses and column names are ordinary text.
/// </summary>
public sealed record SearchWords
{
    /// <summary>Longer text is cut here (and the reader told): a search box, not a document.</summary>
    public const int MaxLength = 200;

    /// <summary>More words are dropped (and the reader told): each word is one more list to intersect.</summary>
    public const int MaxWords = 8;

    public static readonly SearchWords None = new() { Text = "", Words = [] };

    /// <summary>The text as searched: trimmed and cut at <see cref="MaxLength"/>.</summary>
    public required string Text { get; init; }

    /// <summary>The folded words, in the order given, without repeats.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>True when the text was longer than <see cref="MaxLength"/> and was cut.</summary>
    public bool Shortened { get; init; }

    /// <summary>True when it held more than <see cref="MaxWords"/> words and the rest were left out.</summary>
    public bool WordsDropped { get; init; }

    public bool IsEmpty => Text.Length == 0;

    /// <summary>Text was given, but no letter or digit in it: nothing to look for.</summary>
    public bool NothingSearchable => Text.Length > 0 && Words.Count == 0;

    public static SearchWords Parse(string? query)
    {
        var text = (query ?? "").Trim();
        if (text.Length == 0)
        {
            return None;
        }
        var shortened = text.Length > MaxLength;
        if (shortened)
        {
            // Cut at the last space before the limit, so no word is searched half; never inside a surrogate pair.
            var space = text.LastIndexOf(' ', MaxLength);
            var cut = space > 0 ? space : char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            text = text[..cut].TrimEnd();
        }
        var words = new List<string>();
        var dropped = false;
        foreach (var word in Split(text))
        {
            var folded = Fold(word);
            if (folded.Length == 0 || words.Contains(folded, StringComparer.Ordinal))
            {
                continue;
            }
            if (words.Count == MaxWords)
            {
                dropped = true;
                break;
            }
            words.Add(folded);
        }
        return new SearchWords { Text = text, Words = words, Shortened = shortened, WordsDropped = dropped };
    }

    /// <summary>Runs of letters and digits, as unicode61 separates tokens (private-use characters separate too).</summary>
    private static IEnumerable<string> Split(string text)
    {
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>Lowercase without accents: "Dirección" → "direccion", "Núñez" → "nunez".</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                kept.Append(c);
            }
        }
        return kept.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}
