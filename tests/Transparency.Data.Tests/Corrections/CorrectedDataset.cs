namespace Transparency.Data.Tests.Corrections;

/// <summary>A copy of the real dataset with three correction rows added, built by the real builder.</summary>
public sealed class CorrectedDataset : IDisposable
{
    public const string EventCorrection = "ctr-filing-date-checked";
    public const string RulingEventCorrection = "centro-tro-title-clarified";
    public const string FigureCorrection = "addresses-note-reworded";
    public const string CorrectedEvent = "2025-02-17-ctr-v-irs-filed";
    public const string RulingEvent = "2025-03-20-centro-tro-denied";
    public const string Ruling = "centro-2025-03-20-tro-denied";

    private readonly TestData _data = new();

    public CorrectedDataset()
    {
        _data.AddRow("corrections", new Dictionary<string, string>
        {
            ["id"] = EventCorrection, ["corrected_on"] = "2026-07-01", ["dataset_version"] = "1.0.1",
            ["table_name"] = "events", ["row_id"] = CorrectedEvent, ["column_name"] = "caveat",
            ["old_value"] = "", ["new_value"] = "Checked against the docket.", ["reason"] = "The docket confirms the filing date.",
            ["source_id"] = "clearinghouse-46138",
        });
        _data.AddRow("corrections", new Dictionary<string, string>
        {
            ["id"] = RulingEventCorrection, ["corrected_on"] = "2026-06-20", ["dataset_version"] = "1.0.1",
            ["table_name"] = "events", ["row_id"] = RulingEvent, ["column_name"] = "title",
            ["old_value"] = "Old title", ["new_value"] = "New title", ["reason"] = "Clearer wording.",
        });
        _data.AddRow("corrections", new Dictionary<string, string>
        {
            ["id"] = FigureCorrection, ["corrected_on"] = "2026-06-15", ["dataset_version"] = "1.0.1",
            ["table_name"] = "figures", ["row_id"] = "addresses-disclosed", ["column_name"] = "note",
            ["old_value"] = "5% & more", ["new_value"] = "", ["reason"] = "Removed a note that no source supports.",
        });
        _data.Build();
        Database = new Database(_data.DatabasePath);
    }

    public Database Database { get; }

    public void Dispose() => _data.Dispose();
}
