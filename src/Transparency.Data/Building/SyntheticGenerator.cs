using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Building;

/// <summary>What <see cref="SyntheticGenerator.Generate"/> wrote: rows per table.</summary>
public sealed record SyntheticResult(IReadOnlyDictionary<string, long> Rows);

/// <summary>
/// Writes a synthetic data set N times the real one, for load and scale tests, that the real builder accepts
/// unchanged. Every real row is copied with a suffixed id (<c>-s000123</c>) and every reference points at a
/// copy of its parent, so foreign keys, citations (provenance), preferred values and confidence labels hold
/// by construction. Events and request batches reach at least N × 1000 rows (1,000,000 at N = 1000), because
/// they are what the pages page through. Nothing is random: the same N gives byte-identical files.
/// </summary>
public static class SyntheticGenerator
{
    /// <summary>Tables that grow to at least N × this many rows, whatever their real size.</summary>
    public const int MinimumRowsPerScale = 1000;

    private static readonly HashSet<string> Boosted = ["events", "request_batches"];

    /// <summary>
    /// Tables copied once, whatever N: the dataset row, and the glossary, which is the site's vocabulary, not
    /// facts (every page reads it whole; N copies of each term would only repeat the same words).
    /// </summary>
    private static readonly HashSet<string> CopiedOnce = ["dataset", "glossary"];

    private static readonly DateOnly First = new(2025, 1, 1);
    private static readonly DateOnly Last = new(2026, 12, 31);

    public static SyntheticResult Generate(string dataDirectory, string outDirectory, int scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        Directory.CreateDirectory(outDirectory);
        var schemaSql = File.ReadAllText(Path.Combine(dataDirectory, DatasetBuilder.SchemaFile));
        File.Copy(Path.Combine(dataDirectory, DatasetBuilder.SchemaFile), Path.Combine(outDirectory, DatasetBuilder.SchemaFile), overwrite: true);
        File.Copy(Path.Combine(dataDirectory, DictionaryReader.FileName), Path.Combine(outDirectory, DictionaryReader.FileName), overwrite: true);
        File.Copy(Path.Combine(dataDirectory, DictionaryReader.SpanishFileName), Path.Combine(outDirectory, DictionaryReader.SpanishFileName), overwrite: true);

        using var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        connection.Execute(schemaSql);
        var tables = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL TABLE%' ORDER BY name")
            .Where(t => !DatasetBuilder.IsGenerated(t) && File.Exists(Path.Combine(dataDirectory, t + ".csv")))
            .ToDictionary(t => t, t => (Schema: TableSchema.Read(connection, t), Rows: ReadRows(dataDirectory, t)), StringComparer.Ordinal);

        // How many copies each real row gets: its table's factor, or more when it refers to a row that has
        // more copies (a citation of an event is copied once per copy of the event, so every copy is cited).
        var copies = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (name, (schema, rows)) in tables)
        {
            if (schema.IndexOf("id") < 0)
            {
                continue;
            }
            var factor = TableFactor(name, rows.Count, scale);
            copies[name] = rows.ToDictionary(r => r[schema.IndexOf("id")], _ => factor, StringComparer.Ordinal);
        }
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (name, (schema, rows)) in tables.Where(t => copies.ContainsKey(t.Key) && !CopiedOnce.Contains(t.Key)))
            {
                foreach (var row in rows)
                {
                    var id = row[schema.IndexOf("id")];
                    var needed = RowCopies(schema, row, TableFactor(name, rows.Count, scale), copies);
                    if (needed > copies[name][id])
                    {
                        copies[name][id] = needed;
                        changed = true;
                    }
                }
            }
        }

        var written = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, (schema, rows)) in tables)
        {
            written[name] = WriteTable(Path.Combine(outDirectory, schema.File), name, schema, rows, scale, copies);
        }
        return new SyntheticResult(written);
    }

    /// <summary>Copies per real row of a table: N, or enough to reach N × 1000 rows for the boosted tables; one for the single tables.</summary>
    public static int TableFactor(string table, int realRows, int scale) => table switch
    {
        _ when CopiedOnce.Contains(table) => 1,
        _ when Boosted.Contains(table) && realRows > 0 => (int)Math.Max(scale, (scale * (long)MinimumRowsPerScale + realRows - 1) / realRows),
        _ => scale,
    };

    private static int RowCopies(TableSchema schema, string[] row, int factor, Dictionary<string, Dictionary<string, int>> copies)
    {
        var needed = factor;
        foreach (var fk in schema.ForeignKeys)
        {
            var value = row[schema.IndexOf(fk.Column)];
            if (value.Length > 0 && copies.TryGetValue(fk.Parent, out var parent) && parent.TryGetValue(value, out var parentCopies))
            {
                needed = Math.Max(needed, parentCopies);
            }
        }
        return needed;
    }

    private static long WriteTable(string path, string name, TableSchema schema, List<string[]> rows, int scale, Dictionary<string, Dictionary<string, int>> copies)
    {
        var factor = TableFactor(name, rows.Count, scale);
        var dates = schema.DateColumns();
        var fkByColumn = schema.ForeignKeys.ToDictionary(f => f.Column, StringComparer.Ordinal);
        var uniqueSingles = schema.UniqueKeys.Where(k => k.Count == 1 && k[0] != "id").Select(k => k[0]).ToHashSet(StringComparer.Ordinal);
        // A key over several columns (dockets: court, number) stays unique when its last column that is free
        // text, not a reference, is made unique per copy.
        foreach (var key in schema.UniqueKeys.Where(k => k.Count > 1))
        {
            if (key.LastOrDefault(c => !fkByColumn.ContainsKey(c) && schema.Columns[schema.IndexOf(c)].Type == "TEXT") is { } column)
            {
                uniqueSingles.Add(column);
            }
        }
        var idIndex = schema.IndexOf("id");
        long count = 0;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = "\n" };
        WriteRecord(writer, schema.ColumnNames);
        var output = new string?[schema.Columns.Count];
        // Copy-major order: the file reads as N passes over the real data, and a parent's copy always
        // precedes the rows that point at it within a pass.
        var maxCopies = rows.Count == 0 ? 0 : rows.Max(r => idIndex >= 0 ? copies[name][r[idIndex]] : RowCopies(schema, r, factor, copies));
        for (var k = 0; k < maxCopies; k++)
        {
            foreach (var row in rows)
            {
                var rowCopies = idIndex >= 0 ? copies[name][row[idIndex]] : RowCopies(schema, row, factor, copies);
                if (k >= rowCopies)
                {
                    continue;
                }
                foreach (var column in schema.Columns)
                {
                    output[column.Index] = Cell(name, schema, column, row, k, dates, fkByColumn, uniqueSingles, copies);
                }
                WriteRecord(writer, output);
                count++;
            }
        }
        return count;
    }

    private static string Cell(
        string table, TableSchema schema, SchemaColumn column, string[] row, int k, HashSet<string> dates,
        Dictionary<string, ForeignKey> fks, HashSet<string> uniqueSingles, Dictionary<string, Dictionary<string, int>> copies)
    {
        var value = row[column.Index];
        var name = column.Name;
        if (table == "dataset")
        {
            return name switch
            {
                "title" => "SYNTHETIC " + value,
                "title_es" => "SINTÉTICO " + (value.Length > 0 ? value : row[schema.IndexOf("title")]),
                "description" => "SYNTHETIC DATA for load tests, not facts: " + value,
                "description_es" => "DATOS SINTÉTICOS para pruebas de carga, no son hechos: " + (value.Length > 0 ? value : row[schema.IndexOf("description")]),
                _ => value,
            };
        }
        if (table == "guide" && name is "heading" or "heading_es" && k > 0)
        {
            return ""; // A section asks its question once: only the first copy of its first row keeps it.
        }
        if (name.EndsWith("_es", StringComparison.Ordinal) && value.Length == 0 && schema.IndexOf(name[..^3]) is var twin and >= 0)
        {
            value = row[twin]; // Filled so Spanish pages have text of the same length to render.
        }
        if (value.Length == 0)
        {
            return value;
        }
        if (name == "id" || name == "row_id")
        {
            return value + Suffix(k);
        }
        if (fks.TryGetValue(name, out var fk))
        {
            var parentCopies = copies.TryGetValue(fk.Parent, out var parent) && parent.TryGetValue(value, out var c) ? c : 1;
            return fk.Parent == "dataset" ? value : value + Suffix(k % parentCopies);
        }
        if (uniqueSingles.Contains(name))
        {
            if (column.Type == "TEXT")
            {
                return k == 0 ? value : name.EndsWith("url", StringComparison.Ordinal) ? value + "#s" + k.ToString("D6", CultureInfo.InvariantCulture) : value + Suffix(k);
            }
            return k == 0 || column.Required ? value : ""; // e.g. headline_rank: only the first copy keeps it.
        }
        if (dates.Contains(name) && k > 0)
        {
            return ShiftDate(value, k);
        }
        return value;
    }

    private static string Suffix(int k) => "-s" + k.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Moves a date by a fixed amount per copy, wrapped into 2025-2026, keeping its precision.</summary>
    internal static string ShiftDate(string value, int k)
    {
        var span = Last.DayNumber - First.DayNumber + 1;
        var offset = (int)((k * 37L) % span);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var shifted = First.AddDays(((day.DayNumber - First.DayNumber + offset) % span + span) % span);
            return shifted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (value.Length == 7 && int.TryParse(value[..4], CultureInfo.InvariantCulture, out var year) && int.TryParse(value[5..], CultureInfo.InvariantCulture, out var month))
        {
            var index = ((year - 2025) * 12 + month - 1 + offset / 30) % 24;
            index = (index + 24) % 24;
            return string.Create(CultureInfo.InvariantCulture, $"{2025 + index / 12:D4}-{index % 12 + 1:D2}");
        }
        return value; // Year precision: 2025 or 2026 already.
    }

    private static List<string[]> ReadRows(string dataDirectory, string table)
    {
        var errors = new List<DataError>();
        var file = table + ".csv";
        var records = CsvReader.ReadAll(file, Path.Combine(dataDirectory, file), errors);
        if (errors.Any(e => !e.IsWarning))
        {
            throw new InvalidDataException($"{file} is not valid CSV: {errors.First(e => !e.IsWarning)}");
        }
        return records.Skip(1).Select(r => r.Fields.ToArray()).ToList();
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            var field = fields[i] ?? "";
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }
        writer.Write('\n');
    }
}
