using System.Text.RegularExpressions;

namespace Transparency.Data.Building;

/// <summary>One documented column of the data dictionary (data/README.md).</summary>
public sealed record DictionaryColumn(string Table, string Column, string Type, string Meaning);

/// <summary>
/// Reads the data dictionary out of data/README.md so the built file describes itself: the /data page and
/// the data package take their descriptions from it, and an undocumented column fails the build.
/// </summary>
public static partial class DictionaryReader
{
    public const string FileName = "README.md";

    public static (Dictionary<string, string> Tables, List<DictionaryColumn> Columns) Parse(string markdown)
    {
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        var columns = new List<DictionaryColumn>();
        string? current = null;
        var description = new List<string>();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var heading = TableHeading().Match(line);
            if (heading.Success)
            {
                current = heading.Groups["table"].Value;
                description.Clear();
                tables[current] = "";
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
                columns.Add(new DictionaryColumn(current, row.Groups["column"].Value, row.Groups["type"].Value, row.Groups["meaning"].Value.Trim()));
            }
            else if (!line.StartsWith('|') && line.Length > 0 && columns.All(c => c.Table != current))
            {
                description.Add(line.Trim());
                tables[current] = string.Join(" ", description);
            }
        }
        return (tables, columns);
    }

    [GeneratedRegex(@"^### `(?<table>[a-z_]+)`\s*$")]
    private static partial Regex TableHeading();

    [GeneratedRegex(@"^\|\s*`(?<column>[a-z_0-9]+)`\s*\|\s*(?<type>[A-Z]+)\s*\|(?<meaning>.*)\|\s*$")]
    private static partial Regex ColumnRow();
}
