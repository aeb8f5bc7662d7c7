using System.Text.RegularExpressions;

namespace Transparency.Data.Building;

/// <summary>One documented column of the data dictionary (data/README.md).</summary>
internal sealed record DictionaryColumn(string Table, string Column, string Type, string Meaning);

/// <summary>The dictionary with where each part sits in README.md, so a problem can name its line.</summary>
internal sealed record DictionaryDocument(
    Dictionary<string, (string Description, int Line)> Tables,
    List<(DictionaryColumn Column, int Line)> Columns);

/// <summary>
/// Reads the data dictionary out of data/README.md so the built file describes itself: the /data page and
/// the data package take their descriptions from it, and an undocumented column fails the build.
/// </summary>
internal static partial class DictionaryReader
{
    public const string FileName = "README.md";

    /// <summary>The Spanish twin: the same tables and columns, described in Spanish for /es/data.</summary>
    public const string SpanishFileName = "README.es.md";

    public static DictionaryDocument Parse(string markdown)
    {
        var tables = new Dictionary<string, (string Description, int Line)>(StringComparer.Ordinal);
        var columns = new List<(DictionaryColumn Column, int Line)>();
        string? current = null;
        var headingLine = 0;
        var description = new List<string>();
        var lineNumber = 0;
        foreach (var raw in markdown.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            var heading = TableHeading().Match(line);
            if (heading.Success)
            {
                current = heading.Groups["table"].Value;
                headingLine = lineNumber;
                description.Clear();
                tables[current] = ("", headingLine);
                continue;
            }
            if (line.StartsWith('#'))
            {
                current = null;
                continue;
            }
            if (current is null)
            {
                continue;
            }
            var row = ColumnRow().Match(line);
            if (row.Success)
            {
                columns.Add((new DictionaryColumn(current, row.Groups["column"].Value, row.Groups["type"].Value, row.Groups["meaning"].Value.Trim()), lineNumber));
            }
            else if (!line.StartsWith('|') && line.Length > 0 && columns.All(c => c.Column.Table != current))
            {
                description.Add(line.Trim());
                tables[current] = (string.Join(" ", description), headingLine);
            }
        }
        return new DictionaryDocument(tables, columns);
    }

    [GeneratedRegex(@"^### `(?<table>[a-z_]+)`\s*$")]
    private static partial Regex TableHeading();

    [GeneratedRegex(@"^\|\s*`(?<column>[a-z_0-9]+)`\s*\|\s*(?<type>[A-Z]+)\s*\|(?<meaning>.*)\|\s*$")]
    private static partial Regex ColumnRow();
}
