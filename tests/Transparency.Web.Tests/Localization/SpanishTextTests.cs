using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Localization;

/// <summary>
/// Every Spanish page, embed and chart image is read as a reader sees it (text nodes, plus the attributes a
/// browser or screen reader shows: aria-label, title, alt, the meta description) and must not contain an
/// English UI phrase. The phrases are the English values of Strings.resx and EmbedStrings.resx that differ
/// in Spanish, plus a few the pages once wrote inline. What may stay English is excluded by markup, not by
/// the test: case names (cite), quotations (blockquote, q), code, and anything marked lang="en" (source titles).
/// </summary>
public sealed class SpanishTextTests(SiteFactory factory)
{
    // English phrases that were once written inline in pages and components rather than in a resource file.
    private static readonly string[] InlinePhrases =
    [
        "none reported", "rows", "columns", "Cited by", "About the date", "Quoted by", "to the day", "values reported",
        "Reported values", "Preferred value", "Dataset version", "facts as of", "written rule", "the cases", "these rulings",
        "not found", "million", "more than", "less than", "nearly", "Not found:", "Unverified:", "On this page",
        "Why the numbers differ", "Confidence labels", "court record", "legal analysis", "originally", "published",
        "Every table as CSV", "No cookies", "What it is", "The whole dataset", "How corrections are recorded", "Follow changes",
    ];

    // English words that are also the normal Spanish (or a proper name) and so prove nothing on their own.
    private static readonly HashSet<string> SameInBothLanguages = new(StringComparer.Ordinal)
    {
        "Transparency", "CSV", "JSON", "SVG", "PNG", "SHA-256", "BibTeX", "Atom", "IRS", "ICE", "DHS", "blog",
    };

    private static readonly Regex Url = new(@"(https?://|/)[\w./?=&#%-]+", RegexOptions.CultureInvariant);

    private static readonly string[] CaseNames = CaseNameColumns();

    private static readonly Regex Placeholder = new(@"\{\d+\}", RegexOptions.CultureInvariant);

    public static TheoryData<string> SpanishAddresses()
    {
        var data = new TheoryData<string>();
        foreach (var path in new[]
        {
            "/es/", "/es/guide", "/es/requests", "/es/figures", "/es/cases", "/es/timeline", "/es/timeline?order=oldest",
            "/es/timeline?category=court-ruling&year=2026", "/es/timeline?category=filing&case=ctr-v-irs", "/es/timeline?q=Romo",
            "/es/timeline?category=nope", "/es/sources", "/es/sources?tier=republication", "/es/sources?tier=nope", "/es/sources/cnn-via-kvia", "/es/documents", "/es/methodology", "/es/corrections", "/es/glossary", "/es/about", "/es/data", "/es/nope",
            "/es/embed/request-funnel", "/es/embed/rulings", "/es/charts/request-funnel.svg", "/es/charts/rulings.svg",
        })
        {
            data.Add(path);
        }
        foreach (var id in Ids("cases.csv"))
        {
            data.Add($"/es/cases/{id}");
            data.Add($"/es/cases/{id}/fact-sheet");
        }
        foreach (var id in Ids("rulings.csv", "case_id").Distinct(StringComparer.Ordinal))
        {
            data.Add($"/es/embed/rulings?case={id}");
            data.Add($"/es/charts/rulings.svg?case={id}");
        }
        foreach (var id in Ids("figures.csv"))
        {
            data.Add($"/es/figures/{id}");
        }
        foreach (var id in Ids("events.csv"))
        {
            data.Add($"/es/events/{id}");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SpanishAddresses))]
    public async Task Spanish_pages_show_no_english_ui_text(string path)
    {
        var text = await VisibleTextAsync(path);

        var found = Found(text);

        Assert.True(found.Count == 0, $"{path} shows English: \"{string.Join("\", \"", found)}\"");
    }

    [Theory]
    [InlineData("/methodology")]
    [InlineData("/data")]
    [InlineData("/requests")]
    public async Task The_check_finds_english_when_it_is_there(string path)
    {
        // The same reading of the English page must trip the denylist, or the Spanish test proves nothing.
        var text = await VisibleTextAsync(path);

        Assert.True(Found(text).Count >= 5, $"the denylist found almost nothing on {path}");
    }

    [Fact]
    public async Task A_spanish_page_shows_each_reported_value_in_the_spanish_form_the_data_gives_it()
    {
        // The Spanish wording of a value comes from figure_values.value_text_es, never from rewriting value_text.
        var stated = Rows("figure_values.csv").Where(r => r["figure_id"] == "court-counted-violations").Select(r => r["value_text_es"]).Order(StringComparer.Ordinal).ToList();
        using var client = factory.CreateClient();
        var body = await client.GetStringAsync("/es/figures/court-counted-violations", TestContext.Current.CancellationToken);

        var shown = new HtmlParser().ParseDocument(body).QuerySelectorAll("tbody .value-text").ToList();

        Assert.Contains(stated, v => v.StartsWith("cerca de ", StringComparison.Ordinal));
        Assert.Equal(stated, shown.Select(v => v.TextContent).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_denylist_holds_the_resource_strings()
    {
        var phrases = Denylist().Select(p => p.Phrase).ToList();

        Assert.Contains("Skip to main content", phrases);
        Assert.Contains("Requested versus disclosed, request by request", phrases);
        Assert.DoesNotContain("Transparency", phrases);
    }

    /// <summary>
    /// The denylisted phrases in the text. A phrase of several words counts anywhere; a single word ("Court",
    /// "Judges") only as a whole label, since names in Spanish sentences (Main Street Alliance) hold English words.
    /// </summary>
    private static List<string> Found(string text)
    {
        var labels = text.Split('\n').Select(line => line.Trim(' ', ':', '.', ',', ';', '(', ')', '·')).ToHashSet(StringComparer.Ordinal);
        return Denylist()
            .Where(p => p.Phrase.Contains(' ', StringComparison.Ordinal) ? p.Regex.IsMatch(text) : labels.Contains(p.Phrase))
            .Select(p => p.Phrase)
            .ToList();
    }

    private async Task<string> VisibleTextAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}");

        var document = new HtmlParser().ParseDocument(body);
        var parts = new List<string>();
        foreach (var meta in document.QuerySelectorAll("meta[name=description], meta[property='og:description'], meta[property='og:title'], meta[property='og:image:alt']"))
        {
            parts.Add(meta.GetAttribute("content") ?? "");
        }
        Collect(document.DocumentElement, parts);
        // One text per line, so a phrase never spans two unrelated nodes. Addresses and case names are not
        // words of the page's language (a meta description has no markup to mark them), so they are taken out.
        var text = Url.Replace(string.Join("\n", parts), " ");
        foreach (var name in CaseNames)
        {
            text = text.Replace(name, " ", StringComparison.Ordinal);
        }
        return text;
    }

    private static void Collect(IElement element, List<string> parts)
    {
        if (element.LocalName is "head" or "script" or "style" or "cite" or "blockquote" or "q" or "code" or "pre"
            || (element.GetAttribute("lang") is { } lang && !lang.StartsWith("es", StringComparison.Ordinal)
                && element != element.Owner!.DocumentElement))
        {
            return;
        }
        foreach (var attribute in new[] { "aria-label", "title", "alt", "placeholder" })
        {
            if (element.GetAttribute(attribute) is { Length: > 0 } value)
            {
                parts.Add(value);
            }
        }
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                Collect(child, parts);
            }
            else if (node.NodeType == NodeType.Text && node.TextContent.Trim() is { Length: > 0 } text)
            {
                parts.Add(text);
            }
        }
    }

    private static List<(string Phrase, Regex Regex)> Denylist()
    {
        var phrases = new HashSet<string>(InlinePhrases, StringComparer.Ordinal);
        foreach (var name in new[] { "Strings", "EmbedStrings" })
        {
            var english = ReadResx(Path.Combine(TestRepository.Root, "src", "Transparency.Web", "Localization", name + ".resx"));
            var spanish = ReadResx(Path.Combine(TestRepository.Root, "src", "Transparency.Web", "Localization", name + ".es.resx"));
            foreach (var (key, value) in english)
            {
                if (spanish.GetValueOrDefault(key) == value)
                {
                    continue;
                }
                // A format string is checked by its fixed pieces ("Download {0}:" → "Download").
                foreach (var piece in Placeholder.Split(value).Select(p => p.Trim(' ', ':', '.', ',', ';', '(', ')', '·')))
                {
                    var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length >= 2 || (words.Length == 1 && piece.Length >= 4 && !SameInBothLanguages.Contains(piece)))
                    {
                        phrases.Add(piece);
                    }
                }
            }
        }
        phrases.ExceptWith(SameInBothLanguages);
        return phrases.Select(p => (p, new Regex(@"(?<![\p{L}])" + Regex.Escape(p) + @"(?![\p{L}])", RegexOptions.CultureInvariant))).ToList();
    }

    private static Dictionary<string, string> ReadResx(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static IEnumerable<string> Ids(string file, string column = "id")
    {
        using var reader = new StreamReader(Path.Combine(TestRepository.FixtureDirectory, file));
        var index = Cells(reader.ReadLine()!).IndexOf(column);
        while (reader.ReadLine() is { } line)
        {
            var cells = Cells(line);
            if (cells.Count > index && cells[index].Length > 0)
            {
                yield return cells[index];
            }
        }
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string file)
    {
        using var reader = new StreamReader(Path.Combine(TestRepository.FixtureDirectory, file));
        var header = Cells(reader.ReadLine()!);
        while (reader.ReadLine() is { } line)
        {
            yield return header.Zip(Cells(line)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
    }

    private static string[] CaseNameColumns()
    {
        // Longer names first, so a short name never splits a long one.
        var names = File.ReadLines(Path.Combine(TestRepository.FixtureDirectory, "cases.csv")).Skip(1)
            .SelectMany(line => Cells(line).Skip(1).Take(2))
            .Where(name => name.Length > 0);
        return names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ToArray();
    }

    /// <summary>The cells of one RFC 4180 line (the data files keep each row on one line).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else { cell.Append(c); }
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
