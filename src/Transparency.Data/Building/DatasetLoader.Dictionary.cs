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

        foreach (var (table, (description, _)) in document.Tables.Where(t => schemaTables.Contains(t.Key)))
        {
            _connection.Execute("INSERT INTO dictionary_tables (table_name, description) VALUES (@table, @description)", new { table, description }, _transaction);
        }
        foreach (var c in document.Columns.Select(c => c.Column)
            .Where(c => schemaColumns.Any(s => s.Table == c.Table && s.Column == c.Column)).DistinctBy(c => (c.Table, c.Column)))
        {
            _connection.Execute(
                "INSERT INTO dictionary_columns (table_name, column_name, type, meaning) VALUES (@Table, @Column, @Type, @Meaning)", c, _transaction);
        }
        _inputs.Add(new InputFile(file, DatasetBuilder.Sha256(bytes), bytes.Length, document.Columns.Count));
    }
}
