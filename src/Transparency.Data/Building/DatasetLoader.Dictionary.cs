using System.Text;
using Dapper;

namespace Transparency.Data.Building;

internal sealed partial class DatasetLoader
{
    /// <summary>Stores data/README.md's dictionary in the file; it must document every schema column, as declared.</summary>
    private void LoadDictionary()
    {
        const string file = DictionaryReader.FileName;
        var path = Path.Combine(_dataDirectory, file);
        if (!File.Exists(path))
        {
            Error(file, 0, 0, null, "missing: the data dictionary documents every table and column");
            return;
        }
        var bytes = File.ReadAllBytes(path);
        var document = DictionaryReader.Parse(Encoding.UTF8.GetString(bytes));
        // table_xinfo, not table_info: generated columns (hidden 2 or 3) are in the file and documented too;
        // hidden 1 is a virtual table's own hidden column.
        var schemaColumns = _connection.Query<(string Table, string Column, string Type)>(
            """
            SELECT m.name, p.name, p.type FROM sqlite_schema m JOIN pragma_table_xinfo(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND p.hidden <> 1 ORDER BY m.name, p.cid
            """, transaction: _transaction)
            // The full-text indexes are documented in prose: their columns copy other tables' and their shadow tables are SQLite's.
            .Where(s => !DatasetBuilder.IsFullText(s.Table))
            .ToList();
        var schemaTables = schemaColumns.Select(s => s.Table).ToHashSet(StringComparer.Ordinal);

        foreach (var table in schemaTables.Where(t => !document.Tables.ContainsKey(t)))
        {
            Error(file, 0, 0, null, $"table '{table}' is not documented: add a section ### `{table}` with one row per column");
        }
        foreach (var (table, column, type) in schemaColumns.Where(s => document.Tables.ContainsKey(s.Table)))
        {
            if (!document.Columns.Any(c => c.Column.Table == table && c.Column.Column == column))
            {
                Error(file, document.Tables[table].Line, 0, null, $"column {table}.{column} is not documented: add a row | `{column}` | {type} | ... | under ### `{table}`");
            }
        }
        foreach (var (table, (_, line)) in document.Tables.Where(t => !schemaTables.Contains(t.Key)))
        {
            Error(file, line, 0, null, $"documents table '{table}', which {DatasetBuilder.SchemaFile} does not define; remove the section or add the table");
        }
        foreach (var (documented, line) in document.Columns.Where(c => schemaTables.Contains(c.Column.Table)))
        {
            var declared = schemaColumns.FirstOrDefault(s => s.Table == documented.Table && s.Column == documented.Column);
            if (declared.Column is null)
            {
                Error(file, line, 0, null, $"documents column {documented.Table}.{documented.Column}, which {DatasetBuilder.SchemaFile} does not define; remove the row or add the column");
            }
            else if (!string.Equals(declared.Type, documented.Type, StringComparison.OrdinalIgnoreCase))
            {
                Error(file, line, 0, null, $"says {documented.Table}.{documented.Column} is {documented.Type} but {DatasetBuilder.SchemaFile} declares it {declared.Type}");
            }
        }

        _inputs.Add(new InputFile(file, DatasetBuilder.Sha256(bytes), bytes.Length, document.Columns.Count));
        var spanish = LoadSpanishDictionary(schemaColumns);

        foreach (var (table, (description, _)) in document.Tables.Where(t => schemaTables.Contains(t.Key)))
        {
            var descriptionEs = spanish?.Tables.GetValueOrDefault(table).Description ?? "";
            _connection.Execute("INSERT INTO dictionary_tables (table_name, description, description_es) VALUES (@table, @description, @descriptionEs)",
                new { table, description, descriptionEs }, _transaction);
        }
        foreach (var c in document.Columns.Select(c => c.Column)
            .Where(c => schemaColumns.Any(s => s.Table == c.Table && s.Column == c.Column)).DistinctBy(c => (c.Table, c.Column)))
        {
            var meaningEs = spanish?.Columns.FirstOrDefault(s => s.Column.Table == c.Table && s.Column.Column == c.Column).Column?.Meaning ?? "";
            _connection.Execute(
                "INSERT INTO dictionary_columns (table_name, column_name, type, meaning, meaning_es) VALUES (@Table, @Column, @Type, @Meaning, @meaningEs)",
                new { c.Table, c.Column, c.Type, c.Meaning, meaningEs }, _transaction);
        }
    }

    /// <summary>
    /// The Spanish twin of the dictionary (README.es.md, shown on /es/data). Like an empty *_es cell, a
    /// table or column it does not describe yet is a warning and /es/data shows the English; what it
    /// describes must exist in the schema, as declared. Null when the file is missing.
    /// </summary>
    private DictionaryDocument? LoadSpanishDictionary(List<(string Table, string Column, string Type)> schemaColumns)
    {
        const string file = DictionaryReader.SpanishFileName;
        var path = Path.Combine(_dataDirectory, file);
        if (!File.Exists(path))
        {
            Warning(file, 0, 0, null, "missing: /es/data shows the English data dictionary until the Spanish one describes every table and column, as README.md does");
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        var spanish = DictionaryReader.Parse(Encoding.UTF8.GetString(bytes));
        var schemaTables = schemaColumns.Select(s => s.Table).ToHashSet(StringComparer.Ordinal);
        foreach (var table in schemaTables.Where(t => !spanish.Tables.ContainsKey(t)))
        {
            Warning(file, 0, 0, null, $"table '{table}' is not described in Spanish (/es/data shows the English): add a section ### `{table}` with its description and one row per column");
        }
        foreach (var (table, (description, line)) in spanish.Tables)
        {
            if (!schemaTables.Contains(table))
            {
                Error(file, line, 0, null, $"documents table '{table}', which {DatasetBuilder.SchemaFile} does not define; remove the section or add the table");
            }
            else if (description.Length == 0)
            {
                Warning(file, line, 0, null, $"table '{table}' has no description in Spanish (/es/data shows the English): write one under its heading");
            }
        }
        foreach (var (table, column, type) in schemaColumns.Where(s => spanish.Tables.ContainsKey(s.Table)))
        {
            if (!spanish.Columns.Any(c => c.Column.Table == table && c.Column.Column == column))
            {
                Warning(file, spanish.Tables[table].Line, 0, null, $"column {table}.{column} is not described in Spanish (/es/data shows the English): add a row | `{column}` | {type} | ... | under ### `{table}`");
            }
        }
        foreach (var ((table, column, type, meaning), line) in spanish.Columns.Where(c => schemaTables.Contains(c.Column.Table)))
        {
            var declared = schemaColumns.FirstOrDefault(s => s.Table == table && s.Column == column);
            if (declared.Column is null)
            {
                Error(file, line, 0, null, $"documents column {table}.{column}, which {DatasetBuilder.SchemaFile} does not define; remove the row or add the column");
            }
            else if (!string.Equals(declared.Type, type, StringComparison.OrdinalIgnoreCase))
            {
                Error(file, line, 0, null, $"says {table}.{column} is {type} but {DatasetBuilder.SchemaFile} declares it {declared.Type}");
            }
            else if (meaning.Length == 0)
            {
                Warning(file, line, 0, null, $"column {table}.{column} has no meaning in Spanish (/es/data shows the English)");
            }
        }
        _inputs.Add(new InputFile(file, DatasetBuilder.Sha256(bytes), bytes.Length, spanish.Columns.Count));
        return spanish;
    }
}
