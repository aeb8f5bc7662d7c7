using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Building;

internal sealed partial class DatasetLoader
{
    private void LoadRows(LoadedTable table, IEnumerable<CsvRecord> records, bool invalidBytes)
    {
        var schema = table.Schema;
        var columns = schema.Columns;
        var dateColumns = schema.DateColumns();

        using var insert = Command(
            $"INSERT INTO \"{schema.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select(c => $"$p{c.Index}"))}) RETURNING rowid",
            columns.Count);
        // Every CHECK is evaluated on its own against the row's values: SQLite would stop at the first.
        using var checks = schema.Checks.Count == 0 ? null : Command(
            $"SELECT {string.Join(", ", schema.Checks.Select(c => $"({c.Expression})"))} FROM (SELECT {string.Join(", ", columns.Select(c => $"$p{c.Index} AS \"{c.Name}\""))})",
            columns.Count);
        var uniques = schema.UniqueKeys.Select(key => (Key: key, Command: Command(
            $"SELECT rowid FROM \"{schema.Name}\" WHERE {string.Join(" AND ", key.Select(k => $"\"{k}\" = $p{schema.IndexOf(k)}"))} LIMIT 1",
            columns.Count))).ToList();
        var seen = new Dictionary<UInt128, int>();
        try
        {
            foreach (var record in records)
            {
                LoadRow(table, record, dateColumns, invalidBytes, insert, checks, uniques, seen);
            }
        }
        finally
        {
            foreach (var (_, command) in uniques)
            {
                command.Dispose();
            }
        }
    }

    private void LoadRow(
        LoadedTable table, CsvRecord record, HashSet<string> dateColumns, bool invalidBytes,
        SqliteCommand insert, SqliteCommand? checks, List<(IReadOnlyList<string> Key, SqliteCommand Command)> uniques, Dictionary<UInt128, int> seen)
    {
        var schema = table.Schema;
        var file = schema.File;
        var columns = schema.Columns;
        var fields = record.Fields;
        if (record.Broken)
        {
            // The quoting problem is reported; the fields before it are kept so references can say so.
            Refuse(table, record.Line, fields.Select((f, i) => (i, f)).Where(x => x.i < columns.Count).ToDictionary(x => columns[x.i].Name, x => x.f));
            return;
        }
        if (fields.Count != columns.Count)
        {
            var message = fields.Count > columns.Count
                ? $"expected {columns.Count} fields, found {fields.Count}: the row has more fields than the header (an unquoted comma?)"
                : $"expected {columns.Count} fields, found {fields.Count}: the row ends before column '{columns[fields.Count].Name}'";
            var column = Math.Min(fields.Count, columns.Count) + 1;
            Error(file, record.Line, column, column <= columns.Count ? columns[column - 1].Name : null, message);
            // Only the first field is surely in its place.
            Refuse(table, record.Line, fields.Count > 0 ? new Dictionary<string, string> { [columns[0].Name] = fields[0] } : []);
            return;
        }
        var rowKey = RowKey(fields);
        if (seen.TryGetValue(rowKey, out var firstLine))
        {
            Error(file, record.Line, 0, null, $"duplicate row: identical to line {firstLine}; remove one of them");
            return;
        }
        seen[rowKey] = record.Line;

        var errorsBefore = ErrorCount;
        var firstProblem = _problems.Count;
        var bad = new HashSet<string>(StringComparer.Ordinal);
        var values = new object?[columns.Count];
        var warnings = new List<DataError>();
        foreach (var column in columns)
        {
            var (value, problem) = CellChecker.Check(schema, column, fields[column.Index], dateColumns.Contains(column.Name), invalidBytes, record.Line, warnings);
            values[column.Index] = value;
            if (problem is not null)
            {
                Error(file, record.Line, column.Index + 1, column.Name, problem);
                bad.Add(column.Name);
            }
        }

        // A missing translation is a warning, not an error: an urgent correction may ship before its Spanish.
        foreach (var column in columns)
        {
            if (column.Name.EndsWith("_es", StringComparison.Ordinal)
                && schema.IndexOf(column.Name[..^3]) is var twin and >= 0
                && !string.IsNullOrWhiteSpace(fields[twin])
                && string.IsNullOrWhiteSpace(fields[column.Index]))
            {
                warnings.Add(new DataError(file, record.Line, column.Index + 1, column.Name,
                    $"no Spanish translation of {column.Name[..^3]}; Spanish pages show the English text until it is filled", DataSeverity.Warning));
            }
        }

        string? Raw(string column) => schema.IndexOf(column) is var i and >= 0 && fields[i].Length > 0 ? fields[i] : null;

        if (checks is not null)
        {
            Bind(checks, values);
            using var reader = checks.ExecuteReader();
            reader.Read();
            for (var k = 0; k < schema.Checks.Count; k++)
            {
                var check = schema.Checks[k];
                // NULL passes a CHECK; a check on a cell already reported would only repeat the problem.
                if (reader.IsDBNull(k) || reader.GetInt64(k) != 0 || check.Columns.Any(bad.Contains))
                {
                    continue;
                }
                var (column, message) = CheckExplainer.Explain(check, Raw);
                var index = column is null ? -1 : schema.IndexOf(column);
                Error(file, record.Line, index + 1, column, message);
                bad.Add(column ?? "");
            }
        }

        foreach (var (key, command) in uniques)
        {
            if (key.Any(bad.Contains) || key.Any(k => values[schema.IndexOf(k)] is null))
            {
                continue;
            }
            Bind(command, values);
            if (command.ExecuteScalar() is long rowid)
            {
                var column = key[^1];
                var message = key.Count == 1
                    ? $"'{Raw(column)}' is already used on line {table.Lines[rowid]}; {column} must be unique"
                    : $"this combination of {string.Join(", ", key)} is already used on line {table.Lines[rowid]}; it must be unique";
                Error(file, record.Line, schema.IndexOf(column) + 1, column, message);
                bad.Add(column);
            }
        }

        // Cells, CHECKs and unique keys are checked in turn; the row's problems read left to right.
        var rowProblems = _problems.GetRange(firstProblem, _problems.Count - firstProblem).OrderBy(p => p.Column).ToList();
        _problems.RemoveRange(firstProblem, rowProblems.Count);
        _problems.AddRange(rowProblems);
        // A warning on a cell that is refused anyway would only distract from the error.
        _problems.AddRange(warnings.Where(w => !bad.Contains(w.ColumnName!)));

        if (ErrorCount == errorsBefore)
        {
            Bind(insert, values);
            try
            {
                table.Lines[(long)insert.ExecuteScalar()!] = record.Line;
                return;
            }
            catch (SqliteException ex)
            {
                // Every rule of schema.sql is checked above; this is the backstop for a rule written in a shape the checks do not know.
                Error(file, record.Line, 0, null, $"SQLite refused the row: {ex.Message}");
            }
        }
        Refuse(table, record.Line, columns.Where(c => !bad.Contains(c.Name)).ToDictionary(c => c.Name, c => fields[c.Index]));
    }

    /// <summary>
    /// A row's identity for the duplicate check: 128 bits of its SHA-256, so a million-row file costs
    /// 16 bytes a row instead of the row's text (a collision is astronomically unlikely).
    /// </summary>
    private static UInt128 RowKey(IReadOnlyList<string> fields)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\u001F', fields));
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(bytes, hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private static void Refuse(LoadedTable table, int line, Dictionary<string, string> trusted) =>
        table.Refused.Add(new RefusedRow(line, trusted.Where(v => v.Value.Length > 0).ToDictionary()));

    private SqliteCommand Command(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        }
        // Commands that do not use every column would fail on the unused parameters; drop them.
        foreach (var unused in command.Parameters.Cast<SqliteParameter>().Where(p => !Regex.IsMatch(sql, $@"\{p.ParameterName}\b")).ToList())
        {
            command.Parameters.Remove(unused);
        }
        return command;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        foreach (SqliteParameter parameter in command.Parameters)
        {
            parameter.Value = values[int.Parse(parameter.ParameterName.AsSpan(2), CultureInfo.InvariantCulture)] ?? DBNull.Value;
        }
    }
}
