using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Transparency.Web.Tests.Pages.Guide;

/// <summary>Counts of a text and the readability scores computed from them.</summary>
public sealed record ReadabilityCounts(int Sentences, int Words, int Syllables)
{
    /// <summary>
    /// Flesch-Kincaid grade level (Kincaid, Fishburne, Rogers, Chissom and others, 1975, for the U.S. Navy):
    /// 0.39 × words/sentences + 11.8 × syllables/words − 15.59. A U.S. school grade; lower is easier.
    /// </summary>
    public double FleschKincaidGrade => 0.39 * Words / Sentences + 11.8 * Syllables / Words - 15.59;

    /// <summary>
    /// Fernández-Huerta reading ease for Spanish (José Fernández Huerta, 1959, "Medidas sencillas de
    /// lecturabilidad"), in its usual corrected form: 206.84 − 0.60 × P − 1.02 × F, with P the syllables per 100
    /// words and F the sentences per 100 words. 0 to 100; higher is easier (70 to 80: "fairly easy").
    /// </summary>
    public double FernandezHuerta => 206.84 - 0.60 * (100.0 * Syllables / Words) - 1.02 * (100.0 * Sentences / Words);
}

/// <summary>
/// The published readability formulas and the counting they need, for English and Spanish text. The counting
/// rules are plain and written down here, so a score can be checked by hand:
/// <list type="bullet">
/// <item>A text is a list of blocks (a heading, a paragraph). A block always ends a sentence; inside it, a
/// sentence ends at ".", "!", "?" or ":" followed by a space and a capital letter, an opening quote or a
/// digit, except after an abbreviation ("v.", "vs.", "No.").</item>
/// <item>A word is a run of letters, digits and inner apostrophes or number separators ("ICE's", "47,289",
/// "1.28"). A hyphen separates words ("IRS-ICE" is two).</item>
/// <item>A number is counted as spoken, in the text's language: "47,289" is "forty-seven thousand two hundred
/// eighty-nine" (and so that many words and syllables), "1.28" is "one point two eight", a year from 1900 to
/// 2099 is read as a year in English ("twenty twenty-five") and as a number in Spanish ("dos mil veinticinco").</item>
/// <item>An acronym of capitals (IRS, TIGTA) is spelled letter by letter unless it is read as a word (ICE, ITIN,
/// NILC): in English each letter is one syllable, W three; in Spanish each letter's name ("erre", "ese").</item>
/// <item>English syllables: a heuristic (the usual one of readability tools): groups of vowels (a e i o u y),
/// less a silent final "e" (but not "-le"), a final "-es" or "-ed" that adds no syllable, at least one.</item>
/// <item>Spanish syllables: vowel nuclei. In a run of vowels each strong vowel (a, e, o, or an accented í, ú)
/// is one nucleus and the weak ones (i, u, ü, and y at the end of a word) join it (diphthongs, triphthongs);
/// a run of weak vowels only is one nucleus ("ciudad"). The u of "que", "qui", "gue", "gui" is silent.</item>
/// </list>
/// </summary>
public static partial class Readability
{
    public enum Lang { En, Es }

    public static ReadabilityCounts Count(IEnumerable<string> blocks, Lang lang)
    {
        int sentences = 0, words = 0, syllables = 0;
        foreach (var block in blocks)
        {
            var text = Normalize(block);
            if (text.Length == 0)
            {
                continue;
            }
            foreach (var sentence in Sentences(text))
            {
                var spoken = Words(sentence).SelectMany(w => Spoken(w, lang)).ToList();
                if (spoken.Count == 0)
                {
                    continue;
                }
                sentences++;
                words += spoken.Count;
                syllables += spoken.Sum(w => Syllables(w, lang));
            }
        }
        return new ReadabilityCounts(sentences, words, syllables);
    }

    private static string Normalize(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static readonly string[] Abbreviations = ["v", "vs", "no", "núm", "st", "mr", "mrs", "dr", "sr", "sra"];

    /// <summary>The sentences of one block, by the rule above.</summary>
    public static IReadOnlyList<string> Sentences(string block)
    {
        var text = Normalize(block);
        var result = new List<string>();
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var before = text[start..m.Index];
            var lastWord = before[(before.LastIndexOfAny([' ', '(']) + 1)..].TrimEnd('.').ToLowerInvariant();
            if (m.Value[0] == '.' && Abbreviations.Contains(lastWord))
            {
                continue;
            }
            result.Add(text[start..(m.Index + 1)].Trim());
            start = m.Index + 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            result.Add(text[start..].Trim());
        }
        return result;
    }

    /// <summary>The words of a sentence, by the rule above.</summary>
    public static IReadOnlyList<string> Words(string sentence) =>
        WordPattern().Matches(sentence).Select(m => m.Value).ToList();

    /// <summary>A word as it is read aloud: itself, or the words of a number or a spelled acronym.</summary>
    public static IEnumerable<string> Spoken(string word, Lang lang)
    {
        if (char.IsDigit(word[0]))
        {
            return NumberWords(word, lang);
        }
        var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
        if (bare.Length >= 2 && bare.All(c => char.IsUpper(c) && char.IsLetter(c)) && !ReadAsWord.Contains(bare))
        {
            return bare.Select(c => LetterName(c, lang));
        }
        return [bare];
    }

    private static readonly HashSet<string> ReadAsWord = ["ICE", "ITIN", "ITINS", "NILC", "TIGTA", "NASA"];

    private static string LetterName(char letter, Lang lang) => lang == Lang.En
        ? (letter == 'W' ? "dubbleyou" : "a") // every English letter name is one syllable but W (three)
        : char.ToLowerInvariant(letter) switch
        {
            'a' => "a", 'b' => "be", 'c' => "ce", 'd' => "de", 'e' => "e", 'f' => "efe", 'g' => "ge", 'h' => "hache",
            'i' => "i", 'j' => "jota", 'k' => "ka", 'l' => "ele", 'm' => "eme", 'n' => "ene", 'ñ' => "eñe", 'o' => "o",
            'p' => "pe", 'q' => "cu", 'r' => "erre", 's' => "ese", 't' => "te", 'u' => "u", 'v' => "uve", 'w' => "uvedoble",
            'x' => "equis", 'y' => "ye", 'z' => "zeta", _ => "a",
        };

    public static int Syllables(string word, Lang lang) => lang == Lang.En ? EnglishSyllables(word) : SpanishSyllables(word);

    public static int EnglishSyllables(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(char.IsLetter).ToArray());
        if (w.Length == 0)
        {
            return 0;
        }
        if (w.Length <= 3)
        {
            return 1;
        }
        // Silent endings: "-es" and "-ed" (not after t/d: "voted", "wanted"), a final "e" (not "-le": "table").
        if (w.EndsWith("es", StringComparison.Ordinal) && !EndsWithSibilantEs(w))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 3 && w[^3] is not ('t' or 'd'))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        var count = EnglishVowelGroups().Count(w);
        return Math.Max(1, count);
    }

    // "addresses", "cases" keep their "-es" syllable: it follows s, x, z, ch, sh, or a soft ce/ge.
    private static bool EndsWithSibilantEs(string w) =>
        w.Length > 3 && (w[^3] is 's' or 'x' or 'z' or 'c' or 'g' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal));

    public static int SpanishSyllables(string word)
    {
        var w = word.ToLowerInvariant().Where(char.IsLetter).ToArray();
        if (w.Length == 0)
        {
            return 0;
        }
        var count = 0;
        var i = 0;
        while (i < w.Length)
        {
            if (!IsSpanishVowel(w, i))
            {
                i++;
                continue;
            }
            var strong = 0;
            while (i < w.Length && IsSpanishVowel(w, i))
            {
                if (w[i] is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú')
                {
                    strong++;
                }
                i++;
            }
            count += Math.Max(1, strong);
        }
        return Math.Max(1, count);
    }

    private static bool IsSpanishVowel(char[] w, int i)
    {
        var c = w[i];
        if (c is 'a' or 'e' or 'i' or 'o' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü')
        {
            return true;
        }
        if (c == 'u')
        {
            // Silent u: que, qui, gue, gui.
            return !(i > 0 && w[i - 1] is 'q' or 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'é' or 'í');
        }
        // y is a vowel at the end of a word after a vowel ("hay", "muy", "ley") or alone ("y").
        return c == 'y' && i == w.Length - 1 && (w.Length == 1 || w[i - 1] is 'a' or 'e' or 'o' or 'u');
    }

    /// <summary>A number as it is read aloud, in words.</summary>
    public static IReadOnlyList<string> NumberWords(string token, Lang lang)
    {
        var t = token.TrimEnd('.', ',');
        // "1.28": a decimal point; "47,289": a thousands separator (the site writes numbers the U.S. way in both languages).
        var parts = t.Split('.');
        var whole = long.Parse(parts[0].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var result = new List<string>();
        var isYear = parts.Length == 1 && !t.Contains(',', StringComparison.Ordinal) && t.Length == 4 && whole is (>= 1900 and < 2000) or (>= 2010 and <= 2099);
        if (isYear && lang == Lang.En)
        {
            result.AddRange(EnglishWords(whole / 100));
            result.AddRange(whole % 100 == 0 ? ["hundred"] : whole % 100 < 10 ? ["oh", .. EnglishWords(whole % 100)] : EnglishWords(whole % 100));
        }
        else
        {
            result.AddRange(lang == Lang.En ? EnglishWords(whole) : SpanishWords(whole));
        }
        if (parts.Length > 1)
        {
            result.Add(lang == Lang.En ? "point" : "punto");
            foreach (var digit in parts[1])
            {
                result.AddRange(lang == Lang.En ? EnglishWords(digit - '0') : SpanishWords(digit - '0'));
            }
        }
        return result;
    }

    private static readonly string[] EnUnits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] EnTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static IReadOnlyList<string> EnglishWords(long n)
    {
        if (n < 20)
        {
            return [EnUnits[n]];
        }
        if (n < 100)
        {
            return n % 10 == 0 ? [EnTens[n / 10]] : [EnTens[n / 10], EnUnits[n % 10]];
        }
        if (n < 1000)
        {
            return [EnUnits[n / 100], "hundred", .. n % 100 == 0 ? Array.Empty<string>() : EnglishWords(n % 100)];
        }
        foreach (var (size, name) in new[] { (1_000_000_000L, "billion"), (1_000_000L, "million"), (1_000L, "thousand") })
        {
            if (n >= size)
            {
                return [.. EnglishWords(n / size), name, .. n % size == 0 ? Array.Empty<string>() : EnglishWords(n % size)];
            }
        }
        throw new UnreachableException();
    }

    private static readonly string[] EsUnits = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
        "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
        "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"];
    private static readonly string[] EsTens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
    private static readonly string[] EsHundreds = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"];

    public static IReadOnlyList<string> SpanishWords(long n)
    {
        if (n < 30)
        {
            return [EsUnits[n]];
        }
        if (n < 100)
        {
            return n % 10 == 0 ? [EsTens[n / 10]] : [EsTens[n / 10], "y", EsUnits[n % 10]];
        }
        if (n < 1000)
        {
            return n == 100 ? ["cien"] : [EsHundreds[n / 100], .. n % 100 == 0 ? Array.Empty<string>() : SpanishWords(n % 100)];
        }
        if (n < 1_000_000)
        {
            return [.. n / 1000 == 1 ? Array.Empty<string>() : SpanishWords(n / 1000), "mil", .. n % 1000 == 0 ? Array.Empty<string>() : SpanishWords(n % 1000)];
        }
        var millions = n / 1_000_000;
        string[] head = millions == 1 ? ["un", "millón"] : [.. SpanishWords(millions), "millones"];
        return [.. head, .. n % 1_000_000 == 0 ? Array.Empty<string>() : SpanishWords(n % 1_000_000)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    // A sentence end: . ! ? or : then a space and a capital, an opening quote or bracket, or a digit.
    [GeneratedRegex(@"[.!?:](?=\s+[\p{Lu}“""«¿¡(\d])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\d[\d,.]*\d|\d|\p{L}+(?:['’]\p{L}+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex EnglishVowelGroups();
}
