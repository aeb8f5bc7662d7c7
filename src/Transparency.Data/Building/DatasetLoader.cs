using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

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

/// <summary>
/// Loads schema.sql, every CSV and the data dictionary into an open SQLite connection, checking everything
/// on the way. <see cref="DatasetBuilder.Build"/> runs it on the temporary file it will rename and
/// <see cref="DatasetBuilder.Validate"/> on an in-memory database, so both refuse exactly the same data.
/// Every check runs whatever failed before it: one run reports every problem in every file.
/// </summary>
internal sealed partial class DatasetLoader
{
    /// <summary>Longer than any real field (the longest is under 600 characters); a field this long is
    /// almost always a quote that was never closed, or a pasted document.</summary>
    public const int MaxFieldLength = 10_000;

    private static readonly (string Table, string Column)[] CitedTables =
        [("events", "event_id"), ("figure_values", "figure_value_id"), ("request_batches", "request_batch_id"), ("cases", "case_id"), ("rulings", "ruling_id")];

    private readonly SqliteConnection _connection;
    private readonly string _dataDirectory;
    private readonly List<DataError> _problems = [];
    private readonly List<InputFile> _inputs = [];
    private readonly SortedDictionary<string, LoadedTable> _tables = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    private int _errorCount;

    private DatasetLoader(SqliteConnection connection, string dataDirectory)
    {
        _connection = connection;
        _dataDirectory = dataDirectory;
    }

    public static (ValidationReport Report, IReadOnlyList<InputFile> Inputs) Load(SqliteConnection connection, string dataDirectory)
    {
        var loader = new DatasetLoader(connection, dataDirectory);
        loader.Run();
        var errors = loader._problems.Where(p => !p.IsWarning).ToList();
        var warnings = loader._problems.Where(p => p.IsWarning).ToList();
        var rows = loader._tables.Values.Sum(t => t.Lines.Count);
        return (new ValidationReport(errors, warnings, loader._inputs.Count, rows), loader._inputs);
    }

    private void Run()
    {
        var schemaPath = Path.Combine(_dataDirectory, DatasetBuilder.SchemaFile);
        if (!File.Exists(schemaPath))
        {
            Error(DatasetBuilder.SchemaFile, 0, 0, null, $"not found in {_dataDirectory}");
            return;
        }
        var schemaBytes = File.ReadAllBytes(schemaPath);
        try
        {
            _connection.Execute(Encoding.UTF8.GetString(schemaBytes));
        }
        catch (SqliteException ex)
        {
            Error(DatasetBuilder.SchemaFile, 0, 0, null, ex.Message);
            return;
        }
        _inputs.Add(new InputFile(DatasetBuilder.SchemaFile, DatasetBuilder.Sha256(schemaBytes), schemaBytes.Length, 0));

        foreach (var table in _connection.Query<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .Where(t => !DatasetBuilder.IsGenerated(t)).ToList())
        {
            _tables[table] = new LoadedTable(TableSchema.Read(_connection, table));
        }
        using (_transaction = _connection.BeginTransaction())
        {
            foreach (var table in _tables.Values)
            {
                LoadTable(table);
            }
            foreach (var stray in Directory.EnumerateFiles(_dataDirectory, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                if (!_tables.ContainsKey(Path.GetFileNameWithoutExtension(stray!)))
                {
                    Warning(stray!, 0, 0, null, $"is not a table in {DatasetBuilder.SchemaFile}, so it is not loaded; rename or remove it");
                    // Still an input: DatasetBuilder.ComputeInputsSha256 hashes every CSV, and the two must agree.
                    var bytes = File.ReadAllBytes(Path.Combine(_dataDirectory, stray!));
                    _inputs.Add(new InputFile(stray!, DatasetBuilder.Sha256(bytes), bytes.Length, 0));
                }
            }
            CheckForeignKeys();
            CheckCitations();
            CheckPreferredValues();
            CheckDisclosedNotAboveRequested();
            CheckDatasetRow();
            LoadDictionary();
            _transaction.Commit();
        }
        _transaction = null;
    }

    private void LoadTable(LoadedTable table)
    {
        var schema = table.Schema;
        var file = schema.File;
        var columns = schema.ColumnNames;
        var path = Path.Combine(_dataDirectory, file);
        if (!File.Exists(path))
        {
            Error(file, 0, 0, null, $"missing: every table in {DatasetBuilder.SchemaFile} needs a CSV file, with at least its header row: {string.Join(",", columns)}");
            table.Complete = false;
            return;
        }
        var (sha256, length, invalidBytes) = CsvReader.Inspect(file, path, _problems);
        try
        {
            if (length == 0)
            {
                Error(file, 1, 0, null, $"the file is empty; it needs at least the header row: {string.Join(",", columns)}");
                table.Complete = false;
                return;
            }
            // Streamed record by record: a million-row file is never held in memory whole.
            using var reader = CsvReader.OpenText(path);
            var complete = new StrongBox<bool>(true);
            using var records = CsvReader.Read(file, reader, _problems, complete, columns).GetEnumerator();
            if (!records.MoveNext() || records.Current.Broken)
            {
                if (records.Current is null)
                {
                    Error(file, 1, 0, null, $"the header row is missing: {string.Join(",", columns)}");
                }
                while (records.MoveNext())
                {
                    // Drain so every quoting problem in the file is still reported.
                }
                table.Complete = false;
                return;
            }
            if (!CheckHeader(file, records.Current.Fields, columns, schema.GeneratedColumns))
            {
                while (records.MoveNext())
                {
                }
                table.Complete = false;
                return;
            }
            LoadRows(table, Rest(records), invalidBytes);
            table.Complete = complete.Value;
        }
        finally
        {
            _inputs.Add(new InputFile(file, sha256, length, table.Lines.Count));
        }
    }

    private static IEnumerable<CsvRecord> Rest(IEnumerator<CsvRecord> records)
    {
        while (records.MoveNext())
        {
            yield return records.Current;
        }
    }

    private bool CheckHeader(string file, IReadOnlyList<string> header, IReadOnlyList<string> columns, IReadOnlyList<string> generated)
    {
        for (var i = 0; i < Math.Max(header.Count, columns.Count); i++)
        {
            var actual = i < header.Count ? header[i] : null;
            var expected = i < columns.Count ? columns[i] : null;
            if (actual == expected)
            {
                continue;
            }
            var all = string.Join(",", columns);
            var (column, message) = (actual, expected) switch
            {
                _ when actual is not null && generated.Contains(actual) =>
                    (actual, $"the header has column '{actual}', which {DatasetBuilder.SchemaFile} computes from the other columns (GENERATED); remove it from the file"),
                (null, _) => (expected, $"the header is missing column '{expected}' (expected: {all})"),
                (_, null) => (actual, $"the header has an extra column '{actual}' that {DatasetBuilder.SchemaFile} does not define"),
                _ when !columns.Contains(actual) && !header.Contains(expected) =>
                    (actual, $"header column {i + 1} is '{actual}' but {DatasetBuilder.SchemaFile} expects '{expected}'"),
                _ when !header.Contains(expected) => (expected, $"the header is missing column '{expected}' (expected: {all})"),
                _ when !columns.Contains(actual) => (actual, $"the header has an extra column '{actual}' that {DatasetBuilder.SchemaFile} does not define"),
                _ => (actual, $"header column {i + 1} is '{actual}' but {DatasetBuilder.SchemaFile} expects '{expected}' here: columns must be in the order of {DatasetBuilder.SchemaFile} ({all})"),
            };
            Error(file, 1, i + 1, column, message);
            return false;
        }
        return true;
    }

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
            var (value, problem) = CheckCell(schema, column, fields[column.Index], dateColumns.Contains(column.Name), invalidBytes, record.Line, warnings);
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

    /// <summary>Checks SQLite cannot express, and converts the text to the column's type.</summary>
    private static (object? Value, string? Problem) CheckCell(TableSchema schema, SchemaColumn column, string text, bool isDate, bool invalidBytes, int line, List<DataError> warnings)
    {
        if (text.Length > MaxFieldLength)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"the value is {text.Length:N0} characters long; a field holds at most {MaxFieldLength:N0} (a field this long usually means a quote that was never closed)"));
        }
        if (invalidBytes && text.Contains(CsvReader.Replacement, StringComparison.Ordinal))
        {
            return (null, "holds bytes that are not valid UTF-8 (the file was probably saved as Latin-1 or Windows-1252, e.g. é as the single byte 0xE9); save the file as UTF-8");
        }
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return (null, $"'{text}' has leading or trailing whitespace; remove it");
        }
        if (text.FirstOrDefault(char.IsControl) is var control and not '\0')
        {
            var name = control switch { '\t' => "a tab", '\n' => "a line break", '\r' => "a carriage return", _ => $"U+{(int)control:X4}" };
            return (null, $"contains a control character ({name}); keep each value on one line, with spaces instead of tabs");
        }
        if (text.Length == 0)
        {
            return (null, column.Required ? "a value is required here (an empty cell means unknown, and this column must be known)" : null);
        }
        switch (column.Type)
        {
            case "INTEGER":
                return IntegerText().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    ? (integer, null)
                    : (null, $"'{text}' is not a whole number; {column.Name} is an INTEGER column");
            case "REAL":
                return RealText().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                    ? (real, null)
                    : (null, $"'{text}' is not a number; {column.Name} is a REAL column (digits and an optional decimal point, no thousands separators)");
        }
        if (isDate)
        {
            if (DayText().IsMatch(text) && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return (null, $"'{text}' is not a real calendar date");
            }
            if (MonthText().IsMatch(text) && int.Parse(text[5..], CultureInfo.InvariantCulture) is < 1 or > 12)
            {
                return (null, $"'{text}' is not a real month (01 to 12)");
            }
        }
        if (column.Name == "url" || column.Name.EndsWith("_url", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0 || text.Any(char.IsWhiteSpace))
            {
                return (null, $"'{text}' is not an absolute http(s) URL with a host, e.g. https://example.org/page");
            }
            if (uri.Scheme == "http")
            {
                warnings.Add(new DataError(schema.File, line, column.Index + 1, column.Name, $"'{text}' uses plain http; https is expected (keep http only when the publisher offers nothing else)", DataSeverity.Warning));
            }
        }
        if (text.StartsWith('='))
        {
            warnings.Add(new DataError(schema.File, line, column.Index + 1, column.Name, "starts with '=', which a spreadsheet may run as a formula; it is stored as text and the CSV downloads neutralise it", DataSeverity.Warning));
        }
        return (text, null);
    }

    private static void Refuse(LoadedTable table, int line, Dictionary<string, string> trusted) =>
        table.Refused.Add(new RefusedRow(line, trusted.Where(v => v.Value.Length > 0).ToDictionary()));

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

    /// <summary>Provenance: every event, figure value, request batch, case and ruling is cited, and a quote's source too.</summary>
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
        var document = DictionaryReader.ParseLocated(Encoding.UTF8.GetString(bytes));
        // table_xinfo, not table_info: generated columns (hidden 2 or 3) are in the file and documented too;
        // hidden 1 is a virtual table's own hidden column.
        var schemaColumns = _connection.Query<(string Table, string Column, string Type)>(
            """
            SELECT m.name, p.name, p.type FROM sqlite_schema m JOIN pragma_table_xinfo(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND p.hidden <> 1 ORDER BY m.name, p.cid
            """, transaction: _transaction)
            // The full-text index is documented in prose: its columns are the events' and its shadow tables are SQLite's.
            .Where(s => s.Table != DatasetBuilder.FullTextTable && !s.Table.StartsWith(DatasetBuilder.FullTextTable + "_", StringComparison.Ordinal))
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

    private static string LineList(List<int> lines)
    {
        const int shown = 10;
        var listed = string.Join(", ", lines.Take(shown));
        var word = lines.Count == 1 ? "line" : "lines";
        return lines.Count <= shown ? $"{word} {listed}" : $"{word} {listed} and {lines.Count - shown} more";
    }

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

    private int ErrorCount => _errorCount;

    private void Error(string file, int line, int column, string? columnName, string message)
    {
        _problems.Add(new DataError(file, line, column, columnName, message));
        _errorCount++;
    }

    private void Warning(string file, int line, int column, string? columnName, string message) =>
        _problems.Add(new DataError(file, line, column, columnName, message, DataSeverity.Warning));

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex RealText();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DayText();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}$")]
    private static partial Regex MonthText();
}
