using System.Text;
using Transparency.Data;
using Transparency.Data.Glossary;
using Transparency.Web.Localization;

namespace Transparency.Web.Components.Shared;

/// <summary>A run of a text: plain, or a use of a glossary term that links to its entry.</summary>
/// <param name="Text">The words exactly as the text has them (their case and accents are kept).</param>
/// <param name="Entry">The entry the words link to; null for plain text.</param>
/// <param name="IsAbbreviation">True when the words are an abbreviation (ITIN, MOU), shown as &lt;abbr&gt;.</param>
public readonly record struct GlossarySegment(string Text, GlossaryEntry? Entry, bool IsAbbreviation);

/// <summary>
/// The glossary as one page uses it: each term (or one of its aliases) links to its entry the first time the
/// page uses it, and never again on that page. One instance per rendered page (MainLayout cascades a new one
/// per request), so "first" means first in the order the page's <see cref="GlossaryText"/> components render:
/// document order within one component; a child component's texts render after its parent's own.
/// Matching ignores case and accents ("remocion" finds "remoción") except for abbreviations, which match
/// exactly and as whole words ("APA" never matches "apa" or "APAs"); a longer phrase wins over a shorter
/// one that starts at the same place ("amicus curiae" over "amicus").
/// </summary>
public sealed class GlossaryLinks
{
    private readonly List<(string Phrase, string Folded, GlossaryEntry Entry, bool Abbreviation)> _phrases = [];
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);
    private readonly Language _language;
    private readonly int _entryCount;

    public GlossaryLinks(IReadOnlyList<GlossaryEntry> entries, Language language)
    {
        _language = language;
        _entryCount = entries.Count;
        foreach (var entry in entries)
        {
            foreach (var phrase in entry.Aliases.Prepend(entry.Term).Distinct(StringComparer.Ordinal))
            {
                _phrases.Add((phrase, Fold(phrase), entry, IsAbbreviationPhrase(phrase)));
            }
        }
    }

    /// <summary>The entry's address on the glossary page, in this page's language.</summary>
    public string Href(GlossaryEntry entry) => Languages.Href(_language, "/glossary") + "#" + entry.Id;

    /// <summary>True once the page has linked the entry (or said it needs no link).</summary>
    public bool IsLinked(string id) => _linked.Contains(id);

    /// <summary>Marks an entry as linked without linking it: for a page that defines the term itself.</summary>
    public void MarkLinked(string id) => _linked.Add(id);

    /// <summary>
    /// Splits <paramref name="text"/> into plain runs and first uses of glossary terms, and records those uses
    /// as linked. The runs are text, not markup: whoever renders them encodes them.
    /// </summary>
    public IReadOnlyList<GlossarySegment> Link(string text)
    {
        if (text.Length == 0 || _linked.Count >= _entryCount)
        {
            return [new GlossarySegment(text, null, false)];
        }
        var folded = Fold(text);
        var uses = new List<(int Start, int Length, GlossaryEntry Entry, bool Abbreviation)>();
        foreach (var (phrase, foldedPhrase, entry, abbreviation) in _phrases)
        {
            var (haystack, needle) = abbreviation ? (text, phrase) : (folded, foldedPhrase);
            for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                if (IsWholeWords(text, at, needle.Length))
                {
                    uses.Add((at, needle.Length, entry, abbreviation));
                }
            }
        }
        if (uses.Count == 0)
        {
            return [new GlossarySegment(text, null, false)];
        }

        // Leftmost first, longest first where two start together; a use covers its words, so a shorter
        // phrase inside a longer one ("amicus" in "amicus curiae") is not a use of its own.
        uses.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var segments = new List<GlossarySegment>();
        var emitted = 0;
        var covered = 0;
        foreach (var (start, length, entry, abbreviation) in uses)
        {
            if (start < covered)
            {
                continue;
            }
            covered = start + length;
            if (!_linked.Add(entry.Id))
            {
                continue; // A later use of a term already linked on this page stays plain text.
            }
            if (start > emitted)
            {
                segments.Add(new GlossarySegment(text[emitted..start], null, false));
            }
            segments.Add(new GlossarySegment(text.Substring(start, length), entry, abbreviation));
            emitted = start + length;
        }
        if (emitted < text.Length)
        {
            segments.Add(new GlossarySegment(text[emitted..], null, false));
        }
        return segments;
    }

    private static bool IsWholeWords(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) &&
        (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]));

    /// <summary>An abbreviation is written in capitals, with an optional plural s: ITIN, ITINs, MOU, APA.</summary>
    internal static bool IsAbbreviationPhrase(string phrase) =>
        phrase.Length >= 2 &&
        phrase.TrimEnd('s').Length >= 2 &&
        phrase.TrimEnd('s').All(c => c is >= 'A' and <= 'Z');

    /// <summary>
    /// Lower case without accents, one character for one, so a position in the folded text is the same
    /// position in the original ("Remoción" → "remocion").
    /// </summary>
    internal static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldChar(source[i]);
        }
    });

    private static char FoldChar(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 0x80)
        {
            return lower;
        }
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 ? decomposed[0] : lower;
    }
}
