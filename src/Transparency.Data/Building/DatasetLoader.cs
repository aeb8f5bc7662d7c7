using System.Runtime.CompilerServices;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Building;

/// <summary>
/// Loads schema.sql, every CSV and the data dictionary into an open SQLite connection, checking everything
/// on the way. <see cref="DatasetBuilder.Build"/> runs it on the temporary file it will rename and
/// <see cref="DatasetBuilder.Validate"/> on an in-memory database, so both refuse exactly the same data.
/// Every check runs whatever failed before it: one run reports every problem in every file.
/// By job: this file reads each CSV and its header; DatasetLoader.Rows.cs checks and inserts each row (a
/// cell's own checks are <see cref="CellChecker"/>'s); DatasetLoader.References.cs checks what spans rows and
/// files (references, citations, preferred values); DatasetLoader.Dictionary.cs loads data/README.md.
/// </summary>
internal sealed partial class DatasetLoader
{
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
        return (new ValidationReport(errors, warnings, loader._inputs.Count, rows) { Sourcing = loader._sourcing }, loader._inputs);
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
            CheckGuideHeadings();
            CheckDisclosedNotAboveRequested();
            CheckDatasetRow();
            CheckSourcing();
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

    private int ErrorCount => _errorCount;

    private void Error(string file, int line, int column, string? columnName, string message)
    {
        _problems.Add(new DataError(file, line, column, columnName, message));
        _errorCount++;
    }

    private void Warning(string file, int line, int column, string? columnName, string message) =>
        _problems.Add(new DataError(file, line, column, columnName, message, DataSeverity.Warning));
}
