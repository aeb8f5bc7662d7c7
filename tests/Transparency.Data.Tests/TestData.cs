using System.Text;
using Transparency.Data.Building;

namespace Transparency.Data.Tests;

/// <summary>A throwaway copy of the fixture dataset (tests/fixtures) to build, or to break on purpose.</summary>
public sealed class TestData : IDisposable
{
    public TestData()
    {
        Root = TestRepository.NewTempDirectory("transparency-data-");
        DataDirectory = TestRepository.CopyFixture(Path.Combine(Root, "data"));
        DatabasePath = Path.Combine(Root, "out", "transparency.db");
    }

    public string Root { get; }

    public string DataDirectory { get; }

    public string DatabasePath { get; }

    public BuildResult Build() => DatasetBuilder.Build(DataDirectory, DatabasePath);

    public DatasetBuildException BuildFails() => Assert.Throws<DatasetBuildException>(Build);

    public string Path_(string file) => Path.Combine(DataDirectory, file);

    /// <summary>Reads a table as header + records (exact fields, via the builder's own strict reader).</summary>
    public (List<string> Header, List<List<string>> Rows) Read(string table)
    {
        var errors = new List<DataError>();
        var records = CsvReader.Parse(table + ".csv", File.ReadAllText(Path_(table + ".csv")), errors).Records;
        return (records[0].Fields.ToList(), records.Skip(1).Select(r => r.Fields.ToList()).ToList());
    }

    /// <summary>Sets one field and rewrites the file, quoting every field; returns the (line, column) it now sits at.</summary>
    public (int Line, int Column) SetField(string table, int rowIndex, string column, string value)
    {
        var (header, rows) = Read(table);
        var col = header.IndexOf(column);
        Assert.True(col >= 0, $"{table} has no column {column}");
        rows[rowIndex][col] = value;
        Write(table, header, rows);
        return (rowIndex + 2, col + 1);
    }

    /// <summary>Appends a row given as column → value (others empty); returns its line.</summary>
    public int AddRow(string table, IReadOnlyDictionary<string, string> values)
    {
        var (header, rows) = Read(table);
        rows.Add(header.Select(h => values.TryGetValue(h, out var v) ? v : "").ToList());
        Write(table, header, rows);
        return rows.Count + 1;
    }

    public string ReadText(string file) => File.ReadAllText(Path_(file));

    public void WriteText(string file, string text) => File.WriteAllText(Path_(file), text, new UTF8Encoding(false));

    /// <summary>Rewrites one physical line (1-based, without its LF); the result may hold extra line breaks.</summary>
    public void EditLine(string file, int line, Func<string, string> edit)
    {
        var lines = ReadText(file).Split('\n');
        lines[line - 1] = edit(lines[line - 1]);
        WriteText(file, string.Join('\n', lines));
    }

    /// <summary>Cuts the file right after the first occurrence of <paramref name="marker"/>, as a failed copy would.</summary>
    public void CutAfter(string file, string marker)
    {
        var text = ReadText(file);
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{file} does not contain {marker}");
        WriteText(file, text[..(at + marker.Length)]);
    }

    public void Write(string table, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var text = new StringBuilder();
        text.Append(string.Join(",", header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", row.Select(Quote))).Append('\n');
        }
        File.WriteAllText(Path_(table + ".csv"), text.ToString(), new UTF8Encoding(false));
    }

    public void Dispose() => TestRepository.DeleteQuietly(Root);
}
