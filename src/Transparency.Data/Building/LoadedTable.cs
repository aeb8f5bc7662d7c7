namespace Transparency.Data.Building;

/// <summary>One input file as recorded in build_inputs.</summary>
internal sealed record InputFile(string File, string Sha256, long Bytes, int Rows);

/// <summary>A row that failed a check: the values that passed, so references to it can say it was refused.</summary>
internal sealed record RefusedRow(int Line, IReadOnlyDictionary<string, string> Values);

/// <summary>What was loaded from one CSV file.</summary>
internal sealed class LoadedTable(TableSchema schema)
{
    public TableSchema Schema { get; } = schema;

    /// <summary>False when part of the file could not be read (missing, bad header, unclosed quote):
    /// a reference to a missing row may then point into the unread part, so it is not reported.</summary>
    public bool Complete { get; set; } = true;

    public Dictionary<long, int> Lines { get; } = [];

    public List<RefusedRow> Refused { get; } = [];

    public int? RefusedLine(string column, string value) =>
        Refused.FirstOrDefault(r => r.Values.TryGetValue(column, out var v) && v == value)?.Line;
}
