using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Building;

internal sealed partial class DatasetLoader
{
    private static readonly (string Table, string Column)[] CitedTables =
        [("events", "event_id"), ("figure_values", "figure_value_id"), ("request_batches", "request_batch_id"), ("cases", "case_id"), ("rulings", "ruling_id"), ("guide", "guide_id")];

    /// <summary>
    /// Every reference, from loaded and refused rows alike, must name a row of its parent file. One that names a
    /// refused row says so; one into a file that could not be read in full is not judged.
    /// </summary>
    private void CheckForeignKeys()
    {
        foreach (var table in _tables.Values)
        {
            var schema = table.Schema;
            foreach (var fk in schema.ForeignKeys)
            {
                if (!_tables.TryGetValue(fk.Parent, out var parent))
                {
                    continue;
                }
                // Dangling references are found in SQL through the parent's primary key, so a million rows
                // need neither their keys nor their references in memory; only the bad ones come back.
                var references = _connection.Query<(long RowId, string Value)>(
                        $"SELECT c.rowid, c.\"{fk.Column}\" FROM \"{schema.Name}\" c WHERE c.\"{fk.Column}\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"{fk.Parent}\" p WHERE p.\"{fk.ParentColumn}\" = c.\"{fk.Column}\")",
                        transaction: _transaction)
                    .Select(r => (Line: table.Lines[r.RowId], r.Value))
                    .Concat(table.Refused.Where(r => r.Values.ContainsKey(fk.Column)).Select(r => (r.Line, Value: r.Values[fk.Column])))
                    .OrderBy(r => r.Line)
                    .ToList();
                using var exists = _connection.CreateCommand();
                exists.Transaction = _transaction;
                exists.CommandText = $"SELECT 1 FROM \"{fk.Parent}\" WHERE \"{fk.ParentColumn}\" = $v LIMIT 1";
                var value = exists.Parameters.Add("$v", SqliteType.Text);
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var reference in references.Select(r => r.Value).Distinct(StringComparer.Ordinal))
                {
                    value.Value = reference;
                    if (exists.ExecuteScalar() is not null)
                    {
                        keys.Add(reference);
                    }
                }
                // One problem per missing id, at its first use: a refused case cited 27 times is one thing to fix.
                foreach (var uses in references.Where(r => !keys.Contains(r.Value)).GroupBy(r => r.Value))
                {
                    var lines = uses.Select(u => u.Line).ToList();
                    var also = lines.Count == 1 ? "" : $"; also on {LineList(lines.Skip(1).ToList())}";
                    var column = schema.IndexOf(fk.Column) + 1;
                    if (parent.RefusedLine(fk.ParentColumn, uses.Key) is { } refusedLine)
                    {
                        Error(schema.File, lines[0], column, fk.Column, $"'{uses.Key}' refers to {parent.Schema.File} line {refusedLine}, which was refused (see the problem reported there){also}");
                    }
                    else if (parent.Complete)
                    {
                        Error(schema.File, lines[0], column, fk.Column, $"'{uses.Key}' does not exist in {parent.Schema.File} ({fk.ParentColumn}){also}");
                    }
                }
            }
        }
    }

    /// <summary>Provenance: every event, figure value, request batch, case, ruling and guide paragraph is cited, and a quote's source too.</summary>
    private void CheckCitations()
    {
        if (!_tables.TryGetValue("citations", out var citations) || !citations.Complete)
        {
            return; // Citations in the unread part of the file cannot be counted.
        }
        foreach (var (name, column) in CitedTables)
        {
            if (!_tables.TryGetValue(name, out var table))
            {
                continue;
            }
            var uncited = _connection.Query<(long RowId, string Id)>(
                $"SELECT t.rowid, t.id FROM \"{name}\" t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.\"{column}\" = t.id) ORDER BY t.rowid",
                transaction: _transaction);
            foreach (var (rowId, id) in uncited)
            {
                var message = citations.RefusedLine(column, id) is { } refused
                    ? $"'{id}' has no valid citation: its citation on citations.csv line {refused} was refused"
                    : $"'{id}' has no citation: add a row to citations.csv with {column} = {id}";
                Error(table.Schema.File, table.Lines[rowId], 1, "id", message);
            }
        }

        if (_tables.TryGetValue("rulings", out var rulings))
        {
            var quotes = _connection.Query<(long RowId, string Id, string Source)>(
                """
                SELECT r.rowid, r.id, r.quote_source_id FROM rulings r
                WHERE r.quote_source_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.ruling_id = r.id AND c.source_id = r.quote_source_id)
                ORDER BY r.rowid
                """, transaction: _transaction);
            foreach (var (rowId, id, source) in quotes)
            {
                Error("rulings.csv", rulings.Lines[rowId], rulings.Schema.IndexOf("quote_source_id") + 1, "quote_source_id",
                    $"ruling '{id}' quotes source '{source}' but does not cite it: add a row to citations.csv with source_id = {source} and ruling_id = {id}");
            }
        }
    }

    /// <summary>
    /// The guide asks each section's question once: the heading is on the section's first row (lowest
    /// sort_order, then id, the page's order) and on no other, so the page never shows two or none.
    /// </summary>
    private void CheckGuideHeadings()
    {
        if (!_tables.TryGetValue("guide", out var guide) || !guide.Complete)
        {
            return;
        }
        var rows = _connection.Query<(long RowId, string Id, string Section, bool HasHeading)>(
            "SELECT rowid, id, section, heading IS NOT NULL FROM guide ORDER BY section, sort_order, id", transaction: _transaction);
        var column = guide.Schema.IndexOf("heading") + 1;
        foreach (var section in rows.GroupBy(r => r.Section))
        {
            var first = section.First();
            if (!first.HasHeading)
            {
                Error(guide.Schema.File, guide.Lines[first.RowId], column, "heading",
                    $"'{first.Id}' is the first row of section '{section.Key}' and has no heading: put the section's question (heading and heading_es) on it");
            }
            foreach (var extra in section.Skip(1).Where(r => r.HasHeading))
            {
                Error(guide.Schema.File, guide.Lines[extra.RowId], column, "heading",
                    $"'{extra.Id}' is not the first row of section '{section.Key}' ('{first.Id}' is): only the first row carries the question; empty heading and heading_es here");
            }
        }
    }

    /// <summary>Exactly one preferred value per figure (the rule is in data/README.md).</summary>
    private void CheckPreferredValues()
    {
        if (!_tables.TryGetValue("figure_values", out var values) || !values.Complete || !_tables.TryGetValue("figures", out var figures))
        {
            return;
        }
        var preferred = _connection.Query<(long RowId, string FigureId)>(
            "SELECT rowid, figure_id FROM figure_values WHERE is_preferred = 1 ORDER BY rowid", transaction: _transaction);
        var column = values.Schema.IndexOf("is_preferred") + 1;
        foreach (var group in preferred.GroupBy(p => p.FigureId).Where(g => g.Count() > 1))
        {
            var first = values.Lines[group.First().RowId];
            foreach (var extra in group.Skip(1))
            {
                Error(values.Schema.File, values.Lines[extra.RowId], column, "is_preferred",
                    $"figure '{group.Key}' already has a preferred value on line {first}; exactly one value per figure has is_preferred = 1");
            }
        }
        var none = _connection.Query<(long RowId, string Id)>(
            "SELECT f.rowid, f.id FROM figures f WHERE NOT EXISTS (SELECT 1 FROM figure_values v WHERE v.figure_id = f.id AND v.is_preferred = 1) ORDER BY f.rowid",
            transaction: _transaction);
        foreach (var (rowId, id) in none)
        {
            var refused = values.Refused.Where(r => r.Values.TryGetValue("figure_id", out var f) && f == id).Select(r => r.Line).ToList();
            var note = refused.Count == 0 ? "" : $" (figure_values.csv line {string.Join(", ", refused)} for this figure was refused)";
            Error(figures.Schema.File, figures.Lines[rowId], 1, "id",
                $"figure '{id}' has no preferred value: exactly one of its values in figure_values.csv must have is_preferred = 1{note}");
        }
    }

    /// <summary>A request batch cannot disclose more than was requested, comparing the preferred values.</summary>
    private void CheckDisclosedNotAboveRequested()
    {
        if (!_tables.TryGetValue("request_batches", out var batches) || !_tables.TryGetValue("figure_values", out var values))
        {
            return;
        }
        // Figures with several preferred values are reported by CheckPreferredValues and not compared here.
        // INDEXED BY: before ANALYZE has run SQLite 3.49 read dq through an automatic index on is_preferred
        // alone, a scan of every preferred value per request batch (10 s at 100x, most of an hour at 1000x).
        var overs = _connection.Query<(long RowId, string Requested, double RequestedValue, long RequestedRow, string Disclosed, double DisclosedValue, long DisclosedRow)>(
            """
            SELECT b.rowid, b.requested_figure_id, rq.value, rq.rowid, b.disclosed_figure_id, dq.value, dq.rowid
            FROM request_batches b
            JOIN figure_values rq INDEXED BY figure_values_preferred ON rq.figure_id = b.requested_figure_id AND rq.is_preferred = 1
            JOIN figure_values dq INDEXED BY figure_values_preferred ON dq.figure_id = b.disclosed_figure_id AND dq.is_preferred = 1
            WHERE dq.value > rq.value
              AND (SELECT COUNT(*) FROM figure_values v WHERE v.figure_id = b.requested_figure_id AND v.is_preferred = 1) = 1
              AND (SELECT COUNT(*) FROM figure_values v WHERE v.figure_id = b.disclosed_figure_id AND v.is_preferred = 1) = 1
            ORDER BY b.rowid
            """, transaction: _transaction);
        foreach (var o in overs)
        {
            Error(batches.Schema.File, batches.Lines[o.RowId], batches.Schema.IndexOf("disclosed_figure_id") + 1, "disclosed_figure_id",
                string.Create(CultureInfo.InvariantCulture,
                    $"more was disclosed than requested: the preferred value of '{o.Disclosed}' is {o.DisclosedValue:#,0.##} (figure_values.csv line {values.Lines[o.DisclosedRow]}) but that of '{o.Requested}' is {o.RequestedValue:#,0.##} (figure_values.csv line {values.Lines[o.RequestedRow]})"));
        }
    }

    private void CheckDatasetRow()
    {
        if (!_tables.TryGetValue("dataset", out var dataset) || !dataset.Complete)
        {
            return;
        }
        var lines = dataset.Lines.Values.Concat(dataset.Refused.Select(r => r.Line)).Order().ToList();
        if (lines.Count == 0)
        {
            Error("dataset.csv", 1, 0, null, "has a header but no row; it needs exactly one row describing the dataset");
        }
        else if (lines.Count > 1)
        {
            Error("dataset.csv", lines[1], 0, null, $"holds {lines.Count} rows; it needs exactly one row describing the dataset");
        }
    }

    private static string LineList(List<int> lines)
    {
        const int shown = 10;
        var listed = string.Join(", ", lines.Take(shown));
        var word = lines.Count == 1 ? "line" : "lines";
        return lines.Count <= shown ? $"{word} {listed}" : $"{word} {listed} and {lines.Count - shown} more";
    }
}
