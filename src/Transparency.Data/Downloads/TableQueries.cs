using System.Text.RegularExpressions;
using Dapper;
using Transparency.Data.Building;

namespace Transparency.Data.Downloads;

/// <summary>One column as published: its SQLite type, constraints and documentation.</summary>
public sealed record TableColumn
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public required bool Required { get; init; }
    public required bool PrimaryKey { get; init; }
    public required bool Unique { get; init; }
    public required string Meaning { get; init; }

    /// <summary>The meaning in Spanish, from the Spanish data dictionary (README.es.md).</summary>
    public string MeaningEs { get; init; } = "";
    public IReadOnlyList<string> AllowedValues { get; init; } = [];
    public string? ReferencesTable { get; init; }
    public string? ReferencesColumn { get; init; }

    /// <summary>0/1 flags (is_*, date_derived) are published as booleans.</summary>
    public bool IsBoolean => Type == "INTEGER" && AllowedValues.SequenceEqual(["0", "1"]);
}

public sealed record TableInfo
{
    public required string Name { get; init; }
    public required string Description { get; init; }

    /// <summary>The description in Spanish, from the Spanish data dictionary (README.es.md).</summary>
    public string DescriptionEs { get; init; } = "";
    public required long RowCount { get; init; }
    public required IReadOnlyList<TableColumn> Columns { get; init; }
    public IReadOnlyList<IReadOnlyList<string>> UniqueKeys { get; init; } = [];
}

/// <summary>Reads any published table generically, for downloads and the data package.</summary>
public sealed partial class TableQueries(Database database)
{
    private const string TablesSql = """
        SELECT m.name, m.sql, COALESCE(d.description, '') AS description, COALESCE(d.description_es, '') AS description_es
        FROM sqlite_schema m LEFT JOIN dictionary_tables d ON d.table_name = m.name
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        ORDER BY m.rowid
        """;

    private const string ColumnsSql = """
        SELECT p.name, p.type, p."notnull" AS not_null, p.pk, COALESCE(d.meaning, '') AS meaning, COALESCE(d.meaning_es, '') AS meaning_es
        FROM pragma_table_info(@table) p
        LEFT JOIN dictionary_columns d ON d.table_name = @table AND d.column_name = p.name
        ORDER BY p.cid
        """;

    private const string RowCountSql = "SELECT rows FROM build_inputs WHERE file_name = @file";

    private const string ForeignKeysSql = "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(@table)";

    // Unique constraints declared in the schema (origin 'u'), with their columns in order.
    private const string UniqueSql = """
        SELECT i.name AS index_name, c.name AS column_name
        FROM pragma_index_list(@table) i JOIN pragma_index_info(i.name) c
        WHERE i."unique" = 1 AND i.origin = 'u'
        ORDER BY i.name, c.seqno
        """;

    /// <summary>The tables loaded from CSV, in schema order, with their documentation and row counts.</summary>
    public async Task<IReadOnlyList<TableInfo>> GetTablesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var result = new List<TableInfo>();
        foreach (var (name, sql, description, descriptionEs) in await connection.QueryAsync<(string, string, string, string)>(TablesSql))
        {
            if (DatasetBuilder.IsGenerated(name))
            {
                continue;
            }
            var foreignKeys = (await connection.QueryAsync<(string From, string Table, string? To)>(ForeignKeysSql, new { table = name })).ToList();
            var uniques = (await connection.QueryAsync<(string Index, string Column)>(UniqueSql, new { table = name }))
                .GroupBy(u => u.Index).Select(g => (IReadOnlyList<string>)g.Select(u => u.Column).ToList()).ToList();
            var columns = (await connection.QueryAsync<(string Name, string Type, long NotNull, long Pk, string Meaning, string MeaningEs)>(ColumnsSql, new { table = name }))
                .Select(c =>
                {
                    var fk = foreignKeys.FirstOrDefault(f => f.From == c.Name);
                    return new TableColumn
                    {
                        Name = c.Name,
                        Type = c.Type,
                        Required = c.NotNull == 1 || c.Pk > 0,
                        PrimaryKey = c.Pk > 0,
                        Unique = uniques.Any(u => u.Count == 1 && u[0] == c.Name),
                        Meaning = c.Meaning,
                        MeaningEs = c.MeaningEs,
                        AllowedValues = AllowedValues(sql, c.Name),
                        ReferencesTable = fk.Table,
                        ReferencesColumn = fk.Table is null ? null : fk.To ?? "id",
                    };
                }).ToList();
            // Counted by the builder when it loaded the file, not per request.
            var count = await connection.ExecuteScalarAsync<long>(RowCountSql, new { file = name + ".csv" });
            result.Add(new TableInfo
            {
                Name = name,
                Description = description,
                DescriptionEs = descriptionEs,
                RowCount = count,
                Columns = columns,
                UniqueKeys = uniques.Where(u => u.Count > 1).ToList(),
            });
        }
        return result;
    }

    /// <summary>
    /// Every row of a published table, in file order, read one at a time (a million-row table is never held
    /// in memory). The caller consumes each row before asking for the next; the array is fresh per row.
    /// </summary>
    public async IAsyncEnumerable<object?[]> StreamRowsAsync(TableInfo table, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // A whole-table export is a deliberate full scan in rowid order (built at run time from the schema, not a *Sql constant).
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))} FROM \"{table.Name}\" ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            yield return row;
        }
    }

    /// <summary>The values a CHECK (column IN (...)) allows, read from the table's schema text.</summary>
    private static List<string> AllowedValues(string tableSql, string column)
    {
        var match = Regex.Match(tableSql, $@"\b{Regex.Escape(column)} IN \((?<values>[^)]*)\)");
        return match.Success
            ? QuotedOrNumber().Matches(match.Groups["values"].Value).Select(m => m.Groups["v"].Value).ToList()
            : [];
    }

    [GeneratedRegex(@"'(?<v>[^']*)'|(?<v>-?\d+)")]
    private static partial Regex QuotedOrNumber();
}
