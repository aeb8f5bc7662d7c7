using System.Text.RegularExpressions;

namespace Transparency.Web.Components.Pages.Guide;

/// <summary>
/// Splits a case's status summary into its first sentence and the rest, so a page shows one sentence
/// per case and folds the rest without rewriting a word. A full stop ends a sentence only when a capital
/// follows and the word before it is not an abbreviation ("D.C. Circuit", "Cir. No.").
/// </summary>
public static partial class FirstSentence
{
    public static (string First, string Remainder) Split(string text)
    {
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var before = text[..m.Index];
            var word = before[(before.LastIndexOf(' ') + 1)..];
            if (!IsAbbreviation(word))
            {
                return (text[..(m.Index + 1)], text[(m.Index + m.Length)..].Trim());
            }
        }
        return (text.Trim(), "");
    }

    // "D.C", "U.S" hold a dot; "Cir", "No", "St" are a capital and at most two small letters. An acronym
    // ("ICE", "IRS") or a closing bracket ("2025)", "(B)(i)") can end a sentence.
    private static bool IsAbbreviation(string word) =>
        word.Contains('.', StringComparison.Ordinal)
        || (word.Length is > 0 and <= 3 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower));

    [GeneratedRegex(@"\.\s+(?=[\p{Lu}¿¡])")]
    private static partial Regex SentenceEnd();
}
