using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Transparency.Web.Tests.Localization;

/// <summary>
/// Reader-facing Spanish never uses a wording docs/spanish-terms.md rejected ("Amparo concedido" for relief
/// granted, "divulgó" for the IRS handing addresses to ICE, "pedidas" for people, "90 días días"). It reads
/// the repository's own text: both Spanish resource files, the Spanish prose components and every *_es
/// column of the published data (corrections excepted: the log quotes the wording it replaced).
/// </summary>
public sealed partial class SpanishTermsTests
{
    /// <summary>Each rejected wording, with the chosen one to use instead (the why is in docs/spanish-terms.md).</summary>
    private static readonly (Regex Rejected, string UseInstead)[] Rejected =
    [
        (new Regex(@"\bamparos?\b", RegexOptions.IgnoreCase), "medida concedida / medida denegada"),
        (new Regex(@"\bd[ií]as\s+d[ií]as\b", RegexOptions.IgnoreCase), "the number alone where the unit says días"),
        // Keep divulgación only inside the name of the offence, "divulgación ilegal".
        (new Regex(@"\bdivulg\w*\b(?<!\bdivulgación(?= ilegal\b))", RegexOptions.IgnoreCase), "entregar / entrega / compartir"),
        (new Regex(@"\bpedidas\b", RegexOptions.IgnoreCase), "solicitados, or sobre cuántas personas preguntó"),
        (new Regex(@"\bopini[oó]n (y orden|y memorando|de apelaci[oó]n)\b", RegexOptions.IgnoreCase), "dictamen (y orden), dictamen de apelación"),
        (new Regex(@"\binformaci[oó]n de retorno\b", RegexOptions.IgnoreCase), "información de declaraciones de impuestos"),
        (new Regex(@"\bbreve de amicus\b", RegexOptions.IgnoreCase), "escrito de amicus curiae"),
        (new Regex(@"\bActa de Procedimiento Administrativo\b", RegexOptions.IgnoreCase), "Ley de Procedimiento Administrativo"),
    ];

    private static List<string> Violations(string where, string text) =>
        [.. Rejected.Where(r => r.Rejected.IsMatch(text)).Select(r => $"{where}: \"{r.Rejected.Match(text).Value}\" (use {r.UseInstead})")];

    public static TheoryData<string> SpanishTextFiles()
    {
        var web = Path.Combine(TestRepository.Root, "src", "Transparency.Web");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(web, "Localization"), "*.es.resx")
            .Concat(Directory.EnumerateFiles(Path.Combine(web, "Components"), "*Es.razor", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(TestRepository.PublishedDataDirectory, "*.csv").Where(f => Path.GetFileName(f) != "corrections.csv"))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestRepository.Root, file));
        }
        return data;
    }

    [Fact]
    public void The_scan_covers_resources_prose_and_data()
    {
        var files = SpanishTextFiles().Select(row => row.Data).ToList();
        Assert.Contains(files, f => f.EndsWith("Strings.es.resx", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("EmbedStrings.es.resx", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("AboutTextEs.razor", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("glossary.csv", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("rulings.csv", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SpanishTextFiles))]
    public void Reader_facing_spanish_uses_no_rejected_wording(string relativePath)
    {
        var path = Path.Combine(TestRepository.Root, relativePath);
        var problems = new List<string>();
        foreach (var (where, text) in SpanishTexts(path))
        {
            problems.AddRange(Violations(where, text));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Amparo concedido")]
    [InlineData("90 días días después")]
    [InlineData("el IRS divulgó 47,289 direcciones")]
    [InlineData("1,28 millones pedidas")]
    [InlineData("Una opinión y orden de 13 páginas")]
    public void The_check_finds_each_rejected_wording(string text) => Assert.NotEmpty(Violations("sample", text));

    [Theory]
    [InlineData("Medida concedida")]
    [InlineData("Pena de prisión citada por divulgación ilegal")]
    [InlineData("el IRS entregó 47,289 direcciones; la eliminación pedida en enero")]
    public void The_check_accepts_the_chosen_wording(string text) => Assert.Empty(Violations("sample", text));

    [Fact]
    public void The_english_pages_never_say_days_days_either()
    {
        var problems = new List<string>();
        var doubled = DoubledDays();
        var resx = Path.Combine(TestRepository.Root, "src", "Transparency.Web", "Localization", "Strings.resx");
        foreach (var (key, value) in ResxValues(resx).Where(v => doubled.IsMatch(v.Value)))
        {
            problems.Add($"Strings.resx {key}: {value}");
        }
        foreach (var file in Directory.EnumerateFiles(TestRepository.PublishedDataDirectory, "*.csv").Where(f => Path.GetFileName(f) != "corrections.csv"))
        {
            problems.AddRange(File.ReadLines(file).Where(l => doubled.IsMatch(l)).Select(l => $"{Path.GetFileName(file)}: {l}"));
        }
        // A figure's value text and its unit are read together: "90" + "days after a final removal order".
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_rejected_wording_is_explained_in_the_spanish_terms_guide()
    {
        var guide = File.ReadAllText(Path.Combine(TestRepository.Root, "docs", "spanish-terms.md"));
        foreach (var phrase in new[] { "Amparo concedido", "divulgar", "pedidas", "90 días días", "opinión y orden", "información de retorno", "breve de amicus", "Acta de Procedimiento Administrativo" })
        {
            Assert.Contains(phrase, guide, StringComparison.Ordinal);
        }
    }

    /// <summary>The Spanish texts of one file, each with where it is (resource key, data row and column, or file).</summary>
    private static IEnumerable<(string Where, string Text)> SpanishTexts(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".resx", StringComparison.Ordinal))
        {
            return ResxValues(path).Select(v => ($"{name} {v.Key}", v.Value));
        }
        if (name.EndsWith(".razor", StringComparison.Ordinal))
        {
            return [(name, File.ReadAllText(path))];
        }
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path, System.Text.Encoding.UTF8)
        {
            TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<(string, string)>();
        while (parser.ReadFields() is { } fields)
        {
            for (var i = 0; i < header.Length && i < fields.Length; i++)
            {
                if (header[i].EndsWith("_es", StringComparison.Ordinal) && fields[i].Length > 0)
                {
                    rows.Add(($"{name} row {fields[0]} ({header[i]})", fields[i]));
                }
            }
        }
        return rows;
    }

    private static IEnumerable<(string Key, string Value)> ResxValues(string path) =>
        XDocument.Load(path).Root!.Elements("data").Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""));

    [GeneratedRegex(@"\b(days|días)\s+\1\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubledDays();
}
