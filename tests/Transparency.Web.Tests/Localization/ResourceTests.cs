using System.Xml.Linq;

namespace Transparency.Web.Tests.Localization;

public sealed class ResourceTests
{
    private static string LocalizationDirectory => Path.Combine(TestRepository.Root, "src", "Transparency.Web", "Localization");

    /// <summary>Every English resource file (Strings.resx, and any other engineer's *.resx) with its Spanish twin.</summary>
    public static TheoryData<string> EnglishFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(LocalizationDirectory, "*.resx").Where(f => !f.EndsWith(".es.resx", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Every_english_key_has_a_spanish_value_and_spanish_has_no_extra_keys(string englishFile)
    {
        var english = Read(Path.Combine(LocalizationDirectory, englishFile));
        var spanishPath = Path.Combine(LocalizationDirectory, Path.GetFileNameWithoutExtension(englishFile) + ".es.resx");
        Assert.True(File.Exists(spanishPath), $"{englishFile} has no Spanish twin");
        var spanish = Read(spanishPath);

        var blankEnglish = english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();
        var missingSpanish = english.Keys.Where(k => !spanish.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        var extraSpanish = spanish.Keys.Except(english.Keys).ToList();
        Assert.Empty(blankEnglish);
        Assert.Empty(missingSpanish);
        Assert.Empty(extraSpanish);
    }

    [Fact]
    public void The_strings_file_is_found()
    {
        Assert.Contains("Strings.resx", EnglishFiles().Select(row => row.Data));
    }
}
