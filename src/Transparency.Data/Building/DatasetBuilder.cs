using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Transparency.Data.Building;

/// <summary>What a successful build produced.</summary>
public sealed record BuildResult(string DatabasePath, string DatasetVersion, string InputsSha256, DateTimeOffset BuiltAt, bool Rebuilt)
{
    /// <summary>Problems that did not refuse the data (e.g. a plain-http source URL).</summary>
    public IReadOnlyList<DataError> Warnings { get; init; } = [];

    /// <summary>How many facts have each tier as their best source; null when the file was not rebuilt.</summary>
    public SourcingCounts? Sourcing { get; init; }
}

/// <summary>
/// Turns data/schema.sql plus one CSV per table into a SQLite file. All-or-nothing: the file is written
/// under a temporary name and renamed over the target only when every row passed every check, so a bad
/// edit can never replace a good database.
/// </summary>
public static class DatasetBuilder
{
    /// <summary>
    /// Part of the staleness check: a file written by an older builder lacks newer derived tables, so it is
    /// rebuilt even when the inputs did not change. Bump it whenever what the builder writes changes shape.
    /// 4: derived tables read events.sort_date and rulings.sort_date (generated columns in schema.sql).
    /// 5: fact_labels, the label of every fact computed from its basis and its best source.
    /// 6: list_positions orders sources best tier first and keeps one list per tier.
    /// 7: search_text, search_kinds and search_terms, the site search's index.
    /// 9: the timeline's text filter reads search_text (events in timeline order, with their filters as tokens); no events_fts.
    /// </summary>
    public const string BuilderVersion = "9";
    public const string SchemaFile = "schema.sql";

    /// <summary>Tables filled by the builder itself, not from CSV.</summary>
    private static readonly HashSet<string> GeneratedTables = ["build_info", "build_inputs", "dictionary_tables", "dictionary_columns", "timeline_counts", "timeline_positions", "case_activity", "feed_entries", "list_positions", "fact_labels", "tier_counts", "search_kinds", "search_terms"];

    /// <summary>The full-text index of the site search and the timeline's text filter (see <see cref="SearchSql"/>).</summary>
    public const string SearchTable = "search_text";

    /// <summary>
    /// True for the full-text index and SQLite's shadow tables behind it: an index, documented in prose in
    /// data/README.md, not column by column.
    /// </summary>
    public static bool IsFullText(string table) =>
        table is SearchTable || table.StartsWith(SearchTable + "_", StringComparison.Ordinal);

    /// <summary>
    /// True for tables the builder writes itself (build metadata, dictionary, derived totals, the full-text
    /// indexes and their shadow tables); false for tables loaded from a CSV.
    /// </summary>
    public static bool IsGenerated(string table) => GeneratedTables.Contains(table) || IsFullText(table);

    /// <summary>
    /// Derived data, written once every check passed: the data never changes while it is served, so totals
    /// are computed here rather than per request. '' stands for "any" in timeline_counts.
    /// </summary>
    private const string TimelineCountsSql = """
        WITH e AS (SELECT category, case_id, substr(occurred_on, 1, 4) AS year FROM events)
        INSERT INTO timeline_counts (category, case_id, year, events)
        SELECT category, case_id, year, COUNT(*) FROM e WHERE case_id IS NOT NULL GROUP BY 1, 2, 3
        UNION ALL SELECT category, '', year, COUNT(*) FROM e GROUP BY 1, 3
        UNION ALL SELECT '', case_id, year, COUNT(*) FROM e WHERE case_id IS NOT NULL GROUP BY 2, 3
        UNION ALL SELECT category, case_id, '', COUNT(*) FROM e WHERE case_id IS NOT NULL GROUP BY 1, 2
        UNION ALL SELECT '', '', year, COUNT(*) FROM e GROUP BY 3
        UNION ALL SELECT category, '', '', COUNT(*) FROM e GROUP BY 1
        UNION ALL SELECT '', case_id, '', COUNT(*) FROM e WHERE case_id IS NOT NULL GROUP BY 2
        UNION ALL SELECT '', '', '', COUNT(*) FROM e
        UNION ALL SELECT '', c.id, '', 0 FROM cases c WHERE NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = c.id);
        """;

    /// <summary>
    /// Each event's position in the timeline's order (date, then id), overall and within every combination
    /// of the filters (category, case, year), so any page of any filtered timeline is a range read through
    /// the primary key. Each list's window order is its insert order, so the rows go into the primary key
    /// sequentially. Events without a case are in the lists that do not filter by case.
    /// </summary>
    private static readonly string TimelinePositionsSql = string.Concat(
        from category in new[] { false, true }
        from caseId in new[] { false, true }
        from year in new[] { false, true }
        select TimelinePositionsOf(category, caseId, year));

    private static string TimelinePositionsOf(bool category, bool caseId, bool year)
    {
        var partition = new[] { category ? "category" : null, caseId ? "case_id" : null, year ? "y" : null }.OfType<string>().ToList();
        var over = partition.Count == 0 ? "ORDER BY sd, id" : $"PARTITION BY {string.Join(", ", partition)} ORDER BY sd, id";
        return $"""
            INSERT INTO timeline_positions (category, case_id, year, position, event_rowid)
            SELECT {(category ? "category" : "''")}, {(caseId ? "case_id" : "''")}, {(year ? "y" : "''")}, ROW_NUMBER() OVER ({over}), rid
            FROM (SELECT rowid AS rid, id, category, case_id, substr(occurred_on, 1, 4) AS y, sort_date AS sd FROM events{(caseId ? " WHERE case_id IS NOT NULL" : "")});

            """;
    }

    /// <summary>
    /// Each row's position in the order of the paginated lists (the ORDER BY of SourceQueries, CaseQueries,
    /// FigureQueries and RequestQueries, which read pages from here), so the last page costs what the first does.
    /// </summary>
    private const string ListPositionsSql = """
        INSERT INTO list_positions (list, key, position, item_rowid)
        SELECT 'sources', '', ROW_NUMBER() OVER (ORDER BY tier_rank, publisher COLLATE NOCASE, label COLLATE NOCASE, id), rowid FROM sources;
        INSERT INTO list_positions (list, key, position, item_rowid)
        SELECT 'sources', tier, ROW_NUMBER() OVER (PARTITION BY tier ORDER BY tier_rank, publisher COLLATE NOCASE, label COLLATE NOCASE, id), rowid FROM sources;
        INSERT INTO list_positions (list, key, position, item_rowid)
        SELECT 'cases', '', ROW_NUMBER() OVER (ORDER BY sort_order, id), rowid FROM cases;
        INSERT INTO list_positions (list, key, position, item_rowid)
        SELECT 'figures', '', ROW_NUMBER() OVER (ORDER BY headline_rank IS NULL, headline_rank, is_context, sort_order, id), rowid FROM figures;
        INSERT INTO list_positions (list, key, position, item_rowid)
        SELECT 'request_batches', '', ROW_NUMBER() OVER (ORDER BY sort_order, id), rowid FROM request_batches;
        INSERT INTO list_positions (list, key, position, item_rowid)
        SELECT 'request_batches', requester_id, ROW_NUMBER() OVER (PARTITION BY requester_id ORDER BY sort_order, id), rowid FROM request_batches;
        """;

    /// <summary>Each case's latest event or ruling date ('' when it has neither), for the overview's "recent cases".</summary>
    private const string CaseActivitySql = $"""
        INSERT INTO case_activity (case_id, latest_on)
        SELECT c.id, COALESCE(MAX(a.sd), '')
        FROM cases c
        LEFT JOIN (SELECT case_id, sort_date AS sd FROM events WHERE case_id IS NOT NULL
                   UNION ALL SELECT case_id, sort_date FROM rulings) a ON a.case_id = c.id
        GROUP BY c.id;
        """;

    /// <summary>
    /// The feeds' entries without their text (FeedQueries joins the text of the few it serves). The
    /// <c>updated</c> rule is FeedQueries'. Every ruling has a timeline event that records it
    /// (events.ruling_id): the feed carries the ruling once, as the ruling, and a correction to either row
    /// dates it. Corrections belong to a case when the row they change does.
    /// </summary>
    private const string FeedEntriesSql = $"""
        CREATE TEMP TABLE latest_corrections (table_name TEXT NOT NULL, row_id TEXT NOT NULL, corrected_on TEXT NOT NULL, PRIMARY KEY (table_name, row_id)) WITHOUT ROWID;
        INSERT INTO latest_corrections SELECT table_name, row_id, MAX(corrected_on) FROM corrections GROUP BY table_name, row_id;
        INSERT INTO feed_entries (kind, item_id, case_id, date, date_precision, sort_date, updated_on, published_on, href, related_href)
        SELECT 'event', e.id, e.case_id, e.occurred_on, e.precision, e.sort_date,
               COALESCE(l.corrected_on, d.as_of), d.as_of, '/events/' || e.id, NULL
        FROM events e
        CROSS JOIN dataset d
        LEFT JOIN latest_corrections l ON l.table_name = 'events' AND l.row_id = e.id
        WHERE e.ruling_id IS NULL;
        INSERT INTO feed_entries (kind, item_id, case_id, date, date_precision, sort_date, updated_on, published_on, href, related_href)
        SELECT 'ruling', r.id, r.case_id, r.decided_on, r.decided_precision, r.sort_date,
               COALESCE((SELECT MAX(x) FROM (
                            SELECT l.corrected_on AS x FROM latest_corrections l WHERE l.table_name = 'rulings' AND l.row_id = r.id
                            UNION ALL
                            SELECT l.corrected_on FROM events v JOIN latest_corrections l ON l.table_name = 'events' AND l.row_id = v.id WHERE v.ruling_id = r.id)),
                        d.as_of),
               d.as_of,
               '/cases/' || r.case_id || '#' || r.id,
               (SELECT '/events/' || x.id FROM events x WHERE x.ruling_id = r.id ORDER BY x.id LIMIT 1)
        FROM rulings r
        CROSS JOIN dataset d;
        INSERT INTO feed_entries (kind, item_id, case_id, date, date_precision, sort_date, updated_on, published_on, href, related_href)
        SELECT 'correction', k.id,
               CASE k.table_name
                   WHEN 'cases' THEN (SELECT x.id FROM cases x WHERE x.id = k.row_id)
                   WHEN 'events' THEN (SELECT x.case_id FROM events x WHERE x.id = k.row_id)
                   WHEN 'rulings' THEN (SELECT x.case_id FROM rulings x WHERE x.id = k.row_id)
               END,
               k.corrected_on, 'day', k.corrected_on, k.corrected_on, k.corrected_on,
               '/corrections#' || k.id,
               {Corrections.CorrectionQueries.RowHref}
        FROM corrections k;
        DROP TABLE latest_corrections;
        """;

    /// <summary>
    /// The site search's index (search_text, see schema.sql): one INSERT ... SELECT per kind, each kind in the
    /// order its own list shows it, so its rows take one contiguous block of rowids (search_kinds) and a search
    /// that stops after the first matches of a kind stops at the ones the site lists first. To add a kind: one
    /// more INSERT here (kind, item_id, parent_id, position, title, body, title_es, body_es; NULL for a
    /// translation not written yet) and one <see cref="Search.SearchKind"/> member (see its comment).
    /// </summary>
    private const string SearchSql = $$"""
        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'guide', g.id, NULL, NULL,
               COALESCE(g.heading, (SELECT q.heading FROM guide q WHERE q.section = g.section AND q.heading IS NOT NULL ORDER BY q.sort_order, q.id LIMIT 1)),
               concat_ws(char(10), g.body, g.quote, g.languages),
               COALESCE(g.heading_es, (SELECT q.heading_es FROM guide q WHERE q.section = g.section AND q.heading_es IS NOT NULL ORDER BY q.sort_order, q.id LIMIT 1)),
               concat_ws(char(10), g.body_es, g.quote, g.languages_es)
        FROM guide g ORDER BY CASE g.section WHEN 'shared' THEN 1 WHEN 'still' THEN 2 WHEN 'courts' THEN 3 WHEN 'unknown' THEN 4 WHEN 'advice' THEN 5 ELSE 6 END, g.sort_order, g.id;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'glossary', id, NULL, NULL, term, concat_ws(char(10), definition, replace(aliases, '|', ', ')),
               term_es, CASE WHEN definition_es IS NOT NULL THEN concat_ws(char(10), definition_es, replace(aliases_es, '|', ', ')) END
        FROM glossary ORDER BY term COLLATE NOCASE, id;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es, facets)
        SELECT 'event', id, NULL, NULL, title, concat_ws(char(10), summary, actors, caveat),
               title_es, CASE WHEN summary_es IS NOT NULL THEN concat_ws(char(10), summary_es, COALESCE(actors_es, actors), caveat_es) END,
               concat_ws(' ', {{Timeline.TimelineFilterTokens.CategoryExpression}}, {{Timeline.TimelineFilterTokens.CaseExpression}}, {{Timeline.TimelineFilterTokens.YearExpression}})
        FROM events ORDER BY sort_date DESC, id DESC;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'case', id, NULL, NULL, name, concat_ws(char(10), summary, status_summary, pending, court, judges, plaintiffs, defendants, counsel),
               NULL, CASE WHEN summary_es IS NOT NULL THEN concat_ws(char(10), summary_es, COALESCE(status_summary_es, status_summary), COALESCE(pending_es, pending),
                          COALESCE(court_es, court), COALESCE(judges_es, judges), COALESCE(plaintiffs_es, plaintiffs), COALESCE(defendants_es, defendants), COALESCE(counsel_es, counsel)) END
        FROM cases ORDER BY sort_order, id;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'ruling', id, case_id, NULL, title, concat_ws(char(10), summary, quote, court, judges),
               title_es, CASE WHEN summary_es IS NOT NULL THEN concat_ws(char(10), summary_es, quote, COALESCE(court_es, court), judges) END
        FROM rulings ORDER BY sort_date DESC, id;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'figure', id, NULL, NULL, title, concat_ws(char(10), definition, unit, note),
               title_es, CASE WHEN definition_es IS NOT NULL THEN concat_ws(char(10), definition_es, COALESCE(unit_es, unit), note_es) END
        FROM figures ORDER BY headline_rank IS NULL, headline_rank, is_context, sort_order, id;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'figure-value', v.id, v.figure_id, NULL, concat_ws(': ', f.title, v.value_text), concat_ws(char(10), v.stated_by, v.counts_what, v.note),
               CASE WHEN f.title_es IS NOT NULL THEN concat_ws(': ', f.title_es, COALESCE(v.value_text_es, v.value_text)) END,
               CASE WHEN v.counts_what_es IS NOT NULL THEN concat_ws(char(10), COALESCE(v.stated_by_es, v.stated_by), v.counts_what_es, v.note_es) END
        FROM figure_values v JOIN figures f ON f.id = v.figure_id
        ORDER BY f.headline_rank IS NULL, f.headline_rank, f.is_context, f.sort_order, f.id, v.sort_order, v.id;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'request', b.id, NULL, p.position, b.label, concat_ws(char(10), b.outcome_summary, b.date_note),
               b.label_es, CASE WHEN b.outcome_summary_es IS NOT NULL THEN concat_ws(char(10), b.outcome_summary_es, b.date_note_es) END
        FROM list_positions p JOIN request_batches b ON b.rowid = p.item_rowid
        WHERE p.list = 'request_batches' AND p.key = ''
        ORDER BY p.position;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'document', id, NULL, ROW_NUMBER() OVER (ORDER BY sort_order, id), title, concat_ws(char(10), reference, note),
               title_es, CASE WHEN title_es IS NOT NULL THEN concat_ws(char(10), reference, note_es) END
        FROM documents ORDER BY sort_order, id;

        INSERT INTO search_text (kind, item_id, parent_id, position, title, body, title_es, body_es)
        SELECT 'source', s.id, NULL, NULL, s.label, concat_ws(char(10), s.publisher, s.original_outlet, s.note),
               NULL, CASE WHEN s.note_es IS NOT NULL THEN concat_ws(char(10), s.publisher, s.original_outlet, s.note_es) END
        FROM list_positions p JOIN sources s ON s.rowid = p.item_rowid
        WHERE p.list = 'sources' AND p.key = ''
        ORDER BY p.position;

        INSERT INTO search_kinds (kind, first_rowid, last_rowid, items)
        SELECT kind, MIN(rowid), MAX(rowid), COUNT(*) FROM search_text GROUP BY kind;

        CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_text, 'row');
        CREATE VIRTUAL TABLE temp.search_columns USING fts5vocab(main, search_text, 'col');
        INSERT INTO search_terms (term, items)
        SELECT v.term, v.doc FROM temp.search_vocabulary v
        WHERE EXISTS (SELECT 1 FROM temp.search_columns c WHERE c.term = v.term AND c.col <> 'facets');
        DROP TABLE temp.search_vocabulary;
        DROP TABLE temp.search_columns;
        INSERT INTO search_text (search_text) VALUES ('optimize');
        """;

    /// <summary>Builds when the target is missing, was built from different inputs or by another builder version.</summary>
    public static BuildResult EnsureBuilt(string dataDirectory, string databasePath) =>
        EnsureBuilt(dataDirectory, databasePath, ComputeInputsSha256(dataDirectory));

    /// <summary>
    /// As <see cref="EnsureBuilt(string, string)"/>, with the inputs' <see cref="ComputeInputsSha256"/> already
    /// known (hashing a gigabyte of CSV takes seconds; the caller knows when it cannot have changed).
    /// </summary>
    public static BuildResult EnsureBuilt(string dataDirectory, string databasePath, string inputsSha, TimeProvider? clock = null)
    {
        if (File.Exists(databasePath) && ReadBuildKey(databasePath) == (inputsSha, BuilderVersion))
        {
            using var connection = OpenReadOnly(databasePath, pooled: false);
            var info = connection.QuerySingle<(string BuiltAt, string Version)>(
                "SELECT built_at, dataset_version FROM build_info");
            return new BuildResult(databasePath, info.Version, inputsSha,
                DateTimeOffset.Parse(info.BuiltAt, CultureInfo.InvariantCulture), Rebuilt: false);
        }
        return Build(dataDirectory, databasePath, clock);
    }

    /// <summary>
    /// Checks data/ exactly as <see cref="Build"/> does, in an in-memory database: nothing is written and no
    /// database file is touched. The build refuses the data exactly when the report has errors.
    /// </summary>
    public static ValidationReport Validate(string dataDirectory)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = ":memory:",
            Pooling = false,
        }.ToString());
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = OFF;");
        return DatasetLoader.Load(connection, dataDirectory).Report;
    }

    /// <summary>
    /// Builds unconditionally; throws <see cref="DatasetBuildException"/> listing every problem. The build time
    /// recorded in the file is read from <paramref name="clock"/> (the system clock by default).
    /// </summary>
    public static BuildResult Build(string dataDirectory, string databasePath, TimeProvider? clock = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory.CreateDirectory(directory);
        var tempPath = Path.Combine(directory, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var builtAt = (clock ?? TimeProvider.System).GetUtcNow();
            string version;
            ValidationReport report;
            IReadOnlyList<InputFile> inputs;
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = tempPath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString()))
            {
                connection.Open();
                // Foreign keys are checked by the loader once everything is in, so CSVs may be loaded in any
                // order and every dangling reference is reported, not just the first.
                // A large page cache keeps index pages in memory while a million rows go in, instead of spilling to disk.
                connection.Execute("PRAGMA foreign_keys = OFF; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -524288; PRAGMA temp_store = MEMORY;");
                (report, inputs) = DatasetLoader.Load(connection, dataDirectory);
                if (!report.IsValid)
                {
                    throw new DatasetBuildException(report);
                }
                // Backstop: SQLite's own check must agree with the loader's.
                var dangling = connection.QuerySingle<long>("SELECT COUNT(*) FROM pragma_foreign_key_check");
                if (dangling > 0)
                {
                    throw new DatasetBuildException([new DataError(SchemaFile, 0, 0, null, $"SQLite found {dangling} dangling reference(s) the checks missed")]);
                }

                connection.Execute(TimelineCountsSql);
                connection.Execute(TimelinePositionsSql);
                connection.Execute(ListPositionsSql);
                connection.Execute(CaseActivitySql);
                connection.Execute(FeedEntriesSql);
                connection.Execute(SearchSql);
                version = connection.QuerySingle<string>("SELECT version FROM dataset");
                var inputsSha = CombineSha256(inputs.Select(i => (i.File, i.Sha256)));
                connection.Execute(
                    """
                    INSERT INTO build_info (built_at, inputs_sha256, dataset_version, builder_version)
                    VALUES (@builtAt, @inputsSha, @version, @builderVersion)
                    """,
                    new { builtAt = builtAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), inputsSha, version, builderVersion = BuilderVersion });
                foreach (var input in inputs)
                {
                    connection.Execute(
                        "INSERT INTO build_inputs (file_name, sha256, bytes, rows) VALUES (@File, @Sha256, @Bytes, @Rows)", input);
                }
                connection.Execute("PRAGMA foreign_keys = ON; ANALYZE; VACUUM;");
            }
            var result = new BuildResult(databasePath, version, CombineSha256(inputs.Select(i => (i.File, i.Sha256))), builtAt, Rebuilt: true)
            {
                Warnings = report.Warnings,
                Sourcing = report.Sourcing,
            };
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
            files.Add((SchemaFile, Sha256File(schema)));
        }
        foreach (var csv in Directory.EnumerateFiles(dataDirectory, "*.csv").Order(StringComparer.Ordinal))
        {
            files.Add((Path.GetFileName(csv), Sha256File(csv)));
        }
        var dictionary = Path.Combine(dataDirectory, DictionaryReader.FileName);
        if (File.Exists(dictionary))
        {
            files.Add((DictionaryReader.FileName, Sha256File(dictionary)));
        }
        var spanishDictionary = Path.Combine(dataDirectory, DictionaryReader.SpanishFileName);
        if (File.Exists(spanishDictionary))
        {
            files.Add((DictionaryReader.SpanishFileName, Sha256File(spanishDictionary)));
        }
        return CombineSha256(files);
    }

    /// <summary>The inputs' SHA-256 recorded in a built file; null when there is no file or it cannot be read as one.</summary>
    public static string? ReadInputsSha256(string databasePath) =>
        File.Exists(databasePath) ? ReadBuildKey(databasePath).InputsSha256 : null;

    /// <summary>What a file was built from: the inputs and the builder; null when unreadable.</summary>
    private static (string? InputsSha256, string? BuilderVersion) ReadBuildKey(string databasePath)
    {
        try
        {
            using var connection = OpenReadOnly(databasePath, pooled: false);
            return connection.QuerySingleOrDefault<(string?, string?)>("SELECT inputs_sha256, builder_version FROM build_info");
        }
        catch (SqliteException)
        {
            return (null, null); // Missing table or a corrupt file: rebuild.
        }
    }

    private static string CombineSha256(IEnumerable<(string File, string Sha)> files)
    {
        var text = string.Join("\n", files.OrderBy(f => f.File, StringComparer.Ordinal).Select(f => $"{f.Sha}  {f.File}"));
        return Sha256(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Streamed: a synthetic CSV may be a gigabyte.</summary>
    private static string Sha256File(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
