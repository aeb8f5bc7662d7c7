using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Building;

/// <summary>What a successful build produced.</summary>
public sealed record BuildResult(string DatabasePath, string DatasetVersion, string InputsSha256, DateTimeOffset BuiltAt, bool Rebuilt);

/// <summary>
/// Turns data/schema.sql plus one CSV per table into a SQLite file. All-or-nothing: the file is written
/// under a temporary name and renamed over the target only when every row passed every check, so a bad
/// edit can never replace a good database.
/// </summary>
public static partial class DatasetBuilder
{
    public const string BuilderVersion = "1";
    public const string SchemaFile = "schema.sql";

    /// <summary>Tables filled by the builder itself, not from CSV.</summary>
    private static readonly HashSet<string> GeneratedTables = ["build_info", "build_inputs", "dictionary_tables", "dictionary_columns"];

    /// <summary>True for tables the builder writes itself (build metadata, dictionary); false for tables loaded from a CSV.</summary>
    public static bool IsGenerated(string table) => GeneratedTables.Contains(table);

    /// <summary>Builds when the target is missing or was built from different inputs.</summary>
    public static BuildResult EnsureBuilt(string dataDirectory, string databasePath)
    {
        var inputsSha = ComputeInputsSha256(dataDirectory);
        if (File.Exists(databasePath) && ReadInputsSha256(databasePath) == inputsSha)
        {
            using var connection = OpenReadOnly(databasePath, pooled: false);
            var info = connection.QuerySingle<(string BuiltAt, string Version)>(
                "SELECT built_at, dataset_version FROM build_info");
            return new BuildResult(databasePath, info.Version, inputsSha,
                DateTimeOffset.Parse(info.BuiltAt, CultureInfo.InvariantCulture), Rebuilt: false);
        }
        return Build(dataDirectory, databasePath);
    }

    /// <summary>Builds unconditionally; throws <see cref="DatasetBuildException"/> listing every problem.</summary>
    public static BuildResult Build(string dataDirectory, string databasePath)
    {
        var errors = new List<DataError>();
        var schemaPath = Path.Combine(dataDirectory, SchemaFile);
        if (!File.Exists(schemaPath))
        {
            throw new DatasetBuildException([new DataError(SchemaFile, 0, 0, null, $"not found in {dataDirectory}")]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        var tempPath = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var builtAt = DateTimeOffset.UtcNow;
            string version;
            var inputs = new List<(string File, string Sha, long Bytes, int Rows)>();
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = tempPath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString()))
            {
                connection.Open();
                // Foreign keys are checked once after loading, so CSVs may be loaded in any order and
                // every dangling reference is reported, not just the first.
                connection.Execute("PRAGMA foreign_keys = OFF; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
                var schemaBytes = File.ReadAllBytes(schemaPath);
                try
                {
                    connection.Execute(Encoding.UTF8.GetString(schemaBytes));
                }
                catch (SqliteException ex)
                {
                    throw new DatasetBuildException([new DataError(SchemaFile, 0, 0, null, ex.Message)]);
                }
                inputs.Add((SchemaFile, Sha256(schemaBytes), schemaBytes.Length, 0));

                var tables = connection.Query<string>(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                    .Where(t => !GeneratedTables.Contains(t)).ToList();
                var lineMaps = new Dictionary<string, Dictionary<long, int>>();
                using (var transaction = connection.BeginTransaction())
                {
                    foreach (var table in tables)
                    {
                        var file = table + ".csv";
                        var path = Path.Combine(dataDirectory, file);
                        if (!File.Exists(path))
                        {
                            errors.Add(new DataError(file, 0, 0, null, $"missing: every table in {SchemaFile} needs a CSV file"));
                            continue;
                        }
                        var bytes = File.ReadAllBytes(path);
                        var (rows, lines) = LoadTable(connection, transaction, table, file, bytes, errors);
                        lineMaps[table] = lines;
                        inputs.Add((file, Sha256(bytes), bytes.Length, rows));
                    }
                    transaction.Commit();
                }
                if (errors.Count == 0)
                {
                    CheckForeignKeys(connection, lineMaps, errors);
                    CheckRules(connection, lineMaps, errors);
                }
                inputs.Add(LoadDictionary(connection, dataDirectory, errors));
                if (errors.Count > 0)
                {
                    throw new DatasetBuildException(errors);
                }

                version = connection.QuerySingle<string>("SELECT version FROM dataset");
                var inputsSha = CombineSha256(inputs.Select(i => (i.File, i.Sha)));
                connection.Execute(
                    """
                    INSERT INTO build_info (built_at, inputs_sha256, dataset_version, builder_version)
                    VALUES (@builtAt, @inputsSha, @version, @builderVersion)
                    """,
                    new { builtAt = builtAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), inputsSha, version, builderVersion = BuilderVersion });
                foreach (var input in inputs)
                {
                    connection.Execute(
                        "INSERT INTO build_inputs (file_name, sha256, bytes, rows) VALUES (@File, @Sha, @Bytes, @Rows)",
                        new { input.File, input.Sha, input.Bytes, input.Rows });
                }
                connection.Execute("PRAGMA foreign_keys = ON; ANALYZE; VACUUM;");
            }
            var result = new BuildResult(databasePath, version, CombineSha256(inputs.Select(i => (i.File, i.Sha))), builtAt, Rebuilt: true);
            // Same directory, so the rename is atomic: readers see the old file or the new one, never half.
            File.Move(tempPath, databasePath, overwrite: true);
            return result;
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }
    }

    /// <summary>Opens a built file read-only; the site never writes to it.</summary>
    /// <summary>
    /// Opens a built file read-only. Checks before a rebuild must not be pooled: a pooled handle keeps
    /// pointing at the old file after the rename, and the site would go on reading it.
    /// </summary>
    public static SqliteConnection OpenReadOnly(string databasePath, bool pooled = true)
    {
        var connection = new SqliteConnection(ReadOnlyConnectionString(databasePath, pooled));
        connection.Open();
        return connection;
    }

    public static string ReadOnlyConnectionString(string databasePath, bool pooled = true) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadOnly,
        Cache = SqliteCacheMode.Private,
        Pooling = pooled,
    }.ToString();

    /// <summary>SHA-256 over the schema and every CSV (name and content), the key for staleness.</summary>
    public static string ComputeInputsSha256(string dataDirectory)
    {
        var files = new List<(string, string)>();
        var schema = Path.Combine(dataDirectory, SchemaFile);
        if (File.Exists(schema))
        {
            files.Add((SchemaFile, Sha256(File.ReadAllBytes(schema))));
        }
        foreach (var csv in Directory.EnumerateFiles(dataDirectory, "*.csv").Order(StringComparer.Ordinal))
        {
            files.Add((Path.GetFileName(csv), Sha256(File.ReadAllBytes(csv))));
        }
        var dictionary = Path.Combine(dataDirectory, DictionaryReader.FileName);
        if (File.Exists(dictionary))
        {
            files.Add((DictionaryReader.FileName, Sha256(File.ReadAllBytes(dictionary))));
        }
        return CombineSha256(files);
    }

    /// <summary>Stores data/README.md's dictionary in the file; every schema column must be documented.</summary>
    private static (string File, string Sha, long Bytes, int Rows) LoadDictionary(SqliteConnection connection, string dataDirectory, List<DataError> errors)
    {
        var path = Path.Combine(dataDirectory, DictionaryReader.FileName);
        if (!File.Exists(path))
        {
            errors.Add(new DataError(DictionaryReader.FileName, 0, 0, null, "missing: the data dictionary documents every table and column"));
            return (DictionaryReader.FileName, "", 0, 0);
        }
        var bytes = File.ReadAllBytes(path);
        var (tables, columns) = DictionaryReader.Parse(Encoding.UTF8.GetString(bytes));
        var schemaColumns = connection.Query<(string Table, string Column, string Type)>(
            """
            SELECT m.name, p.name, p.type FROM sqlite_schema m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid
            """).ToList();
        foreach (var (table, column, _) in schemaColumns.Where(s => !columns.Any(c => c.Table == s.Table && c.Column == s.Column)))
        {
            errors.Add(new DataError(DictionaryReader.FileName, 0, 0, null, $"column {table}.{column} is not documented (add a row under ### `{table}`)"));
        }
        foreach (var (table, description) in tables)
        {
            connection.Execute("INSERT INTO dictionary_tables (table_name, description) VALUES (@table, @description)", new { table, description });
        }
        foreach (var c in columns.Where(c => schemaColumns.Any(s => s.Table == c.Table && s.Column == c.Column)).DistinctBy(c => (c.Table, c.Column)))
        {
            connection.Execute(
                "INSERT INTO dictionary_columns (table_name, column_name, type, meaning) VALUES (@Table, @Column, @Type, @Meaning)", c);
        }
        return (DictionaryReader.FileName, Sha256(bytes), bytes.Length, columns.Count);
    }

    private static string? ReadInputsSha256(string databasePath)
    {
        try
        {
            using var connection = OpenReadOnly(databasePath, pooled: false);
            return connection.QuerySingleOrDefault<string>("SELECT inputs_sha256 FROM build_info");
        }
        catch (SqliteException)
        {
            return null; // Missing table or a corrupt file: rebuild.
        }
    }

    private static string CombineSha256(IEnumerable<(string File, string Sha)> files)
    {
        var text = string.Join("\n", files.OrderBy(f => f.File, StringComparer.Ordinal).Select(f => $"{f.Sha}  {f.File}"));
        return Sha256(Encoding.UTF8.GetBytes(text));
    }

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static (int Rows, Dictionary<long, int> Lines) LoadTable(
        SqliteConnection connection, SqliteTransaction transaction, string table, string file, byte[] bytes, List<DataError> errors)
    {
        var lines = new Dictionary<long, int>();
        var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").ToList();
        if (bytes.Length == 0)
        {
            errors.Add(new DataError(file, 1, 0, null, $"the file is empty; it needs at least the header row: {string.Join(",", columns)}"));
            return (0, lines);
        }
        var text = CsvReader.Decode(file, bytes, errors);
        if (text is null)
        {
            return (0, lines);
        }
        var records = CsvReader.Parse(file, text, errors);
        if (records is null)
        {
            return (0, lines);
        }
        if (records.Count == 0)
        {
            errors.Add(new DataError(file, 1, 0, null, "the header row is missing"));
            return (0, lines);
        }

        var header = records[0].Fields;
        var headerOk = true;
        for (var i = 0; i < Math.Max(header.Count, columns.Count); i++)
        {
            if (i >= header.Count)
            {
                errors.Add(new DataError(file, 1, i + 1, columns[i], $"header is missing column '{columns[i]}' (expected: {string.Join(",", columns)})"));
                headerOk = false;
                break;
            }
            if (i >= columns.Count)
            {
                errors.Add(new DataError(file, 1, i + 1, header[i], $"header has an extra column '{header[i]}' that {SchemaFile} does not define"));
                headerOk = false;
                break;
            }
            if (header[i] != columns[i])
            {
                errors.Add(new DataError(file, 1, i + 1, header[i], $"header column {i + 1} is '{header[i]}' but {SchemaFile} expects '{columns[i]}'"));
                headerOk = false;
                break;
            }
        }
        if (!headerOk)
        {
            return (0, lines);
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))}) RETURNING rowid";
        var parameters = columns.Select((_, i) => insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();

        var rows = 0;
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != columns.Count)
            {
                var column = Math.Min(record.Fields.Count, columns.Count) + (record.Fields.Count > columns.Count ? 1 : 0);
                errors.Add(new DataError(file, record.Line, column, null,
                    $"expected {columns.Count} fields, found {record.Fields.Count}"));
                continue;
            }
            var cellOk = true;
            for (var i = 0; i < columns.Count; i++)
            {
                var value = record.Fields[i];
                if (CheckCell(value) is { } problem)
                {
                    errors.Add(new DataError(file, record.Line, i + 1, columns[i], problem));
                    cellOk = false;
                }
                parameters[i].Value = value.Length == 0 ? DBNull.Value : value;
            }
            if (!cellOk)
            {
                continue;
            }
            try
            {
                var rowid = (long)insert.ExecuteScalar()!;
                lines[rowid] = record.Line;
                rows++;
            }
            catch (SqliteException ex)
            {
                var (index, reason) = Explain(ex.Message, columns);
                errors.Add(new DataError(file, record.Line, index + 1, index >= 0 ? columns[index] : null, reason));
            }
        }
        return (rows, lines);
    }

    /// <summary>Checks that SQLite cannot express: real calendar dates, no stray whitespace or control characters.</summary>
    private static string? CheckCell(string value)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return "leading or trailing whitespace";
        }
        if (value.Any(c => char.IsControl(c)))
        {
            return "contains a control character (tab, newline or similar); keep each value on one line";
        }
        if (DayPattern().IsMatch(value) && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"'{value}' is not a real calendar date";
        }
        return null;
    }

    /// <summary>Maps a SQLite constraint message to the offending column and a plain reason.</summary>
    private static (int Index, string Reason) Explain(string message, List<string> columns)
    {
        // Microsoft.Data.Sqlite wraps the engine's text as: SQLite Error 19: 'CHECK constraint failed: ...'.
        var wrapped = SqliteMessage().Match(message);
        var text = wrapped.Success ? wrapped.Groups["text"].Value : message;
        var match = ConstraintColumn().Match(text);
        if (match.Success)
        {
            var index = columns.IndexOf(match.Groups["column"].Value);
            var kind = match.Groups["kind"].Value;
            var reason = kind switch
            {
                "NOT NULL" => "a value is required here",
                "UNIQUE" => "this value must be unique but an earlier row already has it",
                _ => text,
            };
            return (index, reason);
        }
        var datatype = DatatypeColumn().Match(text);
        if (datatype.Success)
        {
            return (columns.IndexOf(datatype.Groups["column"].Value), $"wrong type: expected {datatype.Groups["type"].Value}");
        }
        if (text.StartsWith("CHECK constraint failed: ", StringComparison.Ordinal))
        {
            var expression = text["CHECK constraint failed: ".Length..];
            var index = columns
                .Select((c, i) => (i, Regex.Match(expression, $@"\b{Regex.Escape(c)}\b").Index, Found: Regex.IsMatch(expression, $@"\b{Regex.Escape(c)}\b")))
                .Where(x => x.Found).OrderBy(x => x.Index).Select(x => x.i).DefaultIfEmpty(-1).First();
            return (index, $"breaks the rule {expression}");
        }
        return (-1, text);
    }

    private static void CheckForeignKeys(SqliteConnection connection, Dictionary<string, Dictionary<long, int>> lineMaps, List<DataError> errors)
    {
        var violations = connection.Query<(string Table, long RowId, string Parent, long FkId)>(
            "SELECT \"table\", rowid, parent, fkid FROM pragma_foreign_key_check").ToList();
        foreach (var v in violations)
        {
            var fk = connection.QuerySingle<(string From, string To)>(
                $"SELECT \"from\", \"to\" FROM pragma_foreign_key_list('{v.Table}') WHERE id = @FkId LIMIT 1", new { v.FkId });
            var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{v.Table}') ORDER BY cid").ToList();
            var value = connection.QuerySingle<string>($"SELECT \"{fk.From}\" FROM \"{v.Table}\" WHERE rowid = @RowId", new { v.RowId });
            errors.Add(new DataError(v.Table + ".csv", lineMaps[v.Table][v.RowId], columns.IndexOf(fk.From) + 1, fk.From,
                $"'{value}' does not exist in {v.Parent}.csv ({fk.To ?? "id"})"));
        }
    }

    /// <summary>Rules across rows: provenance on every fact, one preferred value per figure.</summary>
    private static void CheckRules(SqliteConnection connection, Dictionary<string, Dictionary<long, int>> lineMaps, List<DataError> errors)
    {
        foreach (var (table, column) in new[] { ("events", "event_id"), ("figure_values", "figure_value_id"), ("request_batches", "request_batch_id"), ("cases", "case_id"), ("rulings", "ruling_id") })
        {
            var uncited = connection.Query<(long RowId, string Id)>(
                $"SELECT t.rowid, t.id FROM \"{table}\" t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.\"{column}\" = t.id) ORDER BY t.rowid");
            foreach (var row in uncited)
            {
                errors.Add(new DataError(table + ".csv", lineMaps[table][row.RowId], 1, "id", $"'{row.Id}' has no citation: add a row to citations.csv with {column} = {row.Id}"));
            }
        }

        var preferred = connection.Query<(long RowId, string Id, long Count)>(
            """
            SELECT f.rowid, f.id, (SELECT COUNT(*) FROM figure_values v WHERE v.figure_id = f.id AND v.is_preferred = 1)
            FROM figures f ORDER BY f.rowid
            """);
        foreach (var row in preferred.Where(r => r.Count != 1))
        {
            errors.Add(new DataError("figures.csv", lineMaps["figures"][row.RowId], 1, "id",
                $"figure '{row.Id}' has {row.Count} preferred values in figure_values.csv; exactly one must have is_preferred = 1"));
        }

        var quotes = connection.Query<(long RowId, string Id)>(
            """
            SELECT r.rowid, r.id FROM rulings r
            WHERE r.quote_source_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.ruling_id = r.id AND c.source_id = r.quote_source_id)
            """);
        foreach (var row in quotes)
        {
            errors.Add(new DataError("rulings.csv", lineMaps["rulings"][row.RowId], 0, "quote_source_id", $"ruling '{row.Id}' quotes a source it does not cite in citations.csv"));
        }

        var datasetRows = connection.QuerySingle<long>("SELECT COUNT(*) FROM dataset");
        if (datasetRows != 1)
        {
            errors.Add(new DataError("dataset.csv", 0, 0, null, $"must hold exactly one row, found {datasetRows}"));
        }
    }

    [GeneratedRegex(@"^SQLite Error \d+: '(?<text>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex SqliteMessage();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^(?<kind>NOT NULL|UNIQUE) constraint failed: [a-z_]+\.(?<column>[a-z_]+)")]
    private static partial Regex ConstraintColumn();

    [GeneratedRegex(@"cannot store (?<value>\w+) value in (?<type>\w+) column [a-z_]+\.(?<column>[a-z_]+)")]
    private static partial Regex DatatypeColumn();
}
