using System.Security.Cryptography;
using Dapper;
using Transparency.Data.Building;

namespace Transparency.Data.Tests.Building;

public sealed class DatasetBuilderTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void The_fixture_builds_into_a_sqlite_file_with_its_provenance()
    {
        var result = _data.Build();

        Assert.True(File.Exists(_data.DatabasePath));
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath);
        var info = connection.QuerySingle<(string Version, string Sha, string BuiltAt)>("SELECT dataset_version, inputs_sha256, built_at FROM build_info");
        Assert.Equal(result.DatasetVersion, info.Version);
        Assert.Matches("^[0-9a-f]{64}$", info.Sha);
        Assert.Equal(DatasetBuilder.ComputeInputsSha256(_data.DataDirectory), info.Sha);
        var inputs = connection.Query<(string File, string Sha)>("SELECT file_name, sha256 FROM build_inputs").ToList();
        Assert.Contains(inputs, i => i.File == "events.csv" && i.Sha == DatasetBuilder.Sha256(File.ReadAllBytes(_data.Path_("events.csv"))));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(_data.DatabasePath)!, "*.tmp"));
    }

    [Fact]
    public void The_fixture_builds_with_its_counts_conflicting_values_and_both_dates()
    {
        _data.Build();
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath);

        Assert.Equal(55, connection.QuerySingle<long>("SELECT COUNT(*) FROM events"));
        Assert.Equal(4, connection.QuerySingle<long>("SELECT COUNT(*) FROM cases"));
        Assert.Equal(1, connection.QuerySingle<long>("SELECT COUNT(*) FROM cases WHERE is_context = 1"));
        Assert.Equal(18, connection.QuerySingle<long>("SELECT COUNT(*) FROM unknowns"));
        // Conflicting values stay side by side: the sworn 47,289 and FedScoop's 47,489.
        var disclosed = connection.Query<double>("SELECT value FROM figure_values WHERE figure_id = 'addresses-disclosed' AND value IS NOT NULL").ToList();
        Assert.Contains(47289d, disclosed);
        Assert.Contains(47489d, disclosed);
        Assert.Equal(47289d, connection.QuerySingle<double>("SELECT value FROM figure_values WHERE figure_id = 'addresses-disclosed' AND is_preferred = 1"));
        // The narrowed request keeps both of its dates.
        var dates = connection.QuerySingle<(string On, string Alt)>("SELECT requested_on, requested_on_alt FROM request_batches WHERE requested_figure_id = 'narrowed-request'");
        Assert.Equal(["2025-06-27", "2025-08-06"], new[] { dates.On, dates.Alt }.Order());
        Assert.Equal(42695d, connection.QuerySingle<double>("SELECT value FROM figure_values WHERE figure_id = 'court-counted-violations' AND is_preferred = 1"));
        // Every source is a real public URL.
        Assert.Equal(0, connection.QuerySingle<long>("SELECT COUNT(*) FROM sources WHERE url NOT LIKE 'http%://%'"));
    }

    [Fact]
    public void Every_fact_row_cites_at_least_one_source_and_carries_one_computed_label()
    {
        _data.Build();
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath);
        foreach (var (table, column) in new[] { ("events", "event_id"), ("figure_values", "figure_value_id"), ("request_batches", "request_batch_id"), ("cases", "case_id"), ("rulings", "ruling_id") })
        {
            var uncited = connection.QuerySingle<long>($"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.{column} = t.id)");
            Assert.True(uncited == 0, $"{uncited} rows of {table} have no citation");
            var subject = table switch { "events" => "event", "figure_values" => "figure-value", "request_batches" => "request-batch", "cases" => "case", _ => "ruling" };
            Assert.Equal(0, connection.QuerySingle<long>($"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM fact_labels l WHERE l.subject = '{subject}' AND l.id = t.id AND l.label <> '' AND l.label_es <> '')"));
        }
    }

    [Fact]
    public void An_unknown_enum_value_is_refused_with_file_line_and_column()
    {
        var (line, column) = _data.SetField("events", 3, "category", "rumour");

        var errors = _data.BuildFails().Errors;

        var error = errors[0];
        Assert.Equal(("events.csv", line, column, "category"), (error.File, error.Line, error.Column, error.ColumnName));
        Assert.StartsWith("'rumour' is not one of filing, hearing, request,", error.Message, StringComparison.Ordinal);
        // The refused event's citations and mentions say why they point at nothing.
        Assert.All(errors.Skip(1), e => Assert.Contains($"refers to events.csv line {line}, which was refused", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dangling_reference_is_refused_with_file_line_and_column()
    {
        var (line, column) = _data.SetField("citations", 0, "source_id", "no-such-source");

        var error = Assert.Single(_data.BuildFails().Errors);

        Assert.Equal(("citations.csv", line, column, "source_id"), (error.File, error.Line, error.Column, error.ColumnName));
        Assert.Contains("'no-such-source' does not exist in sources.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_does_not_match_its_precision_is_refused()
    {
        var (line, column) = _data.SetField("events", 0, "occurred_on", "2025-02");
        _data.SetField("events", 0, "precision", "day");

        var error = _data.BuildFails().Errors[0];

        Assert.Equal(("events.csv", line, column), (error.File, error.Line, error.Column));
        Assert.Equal("'2025-02' does not fit precision 'day' (column 'precision'): a day is written YYYY-MM-DD (ISO 8601), e.g. 2025-02-05", error.Message);
    }

    [Fact]
    public void An_impossible_calendar_date_is_refused()
    {
        var (line, column) = _data.SetField("rulings", 0, "decided_on", "2025-02-30");
        _data.SetField("rulings", 0, "decided_precision", "day");

        var error = _data.BuildFails().Errors[0];

        Assert.Equal(("rulings.csv", line, column, "decided_on"), (error.File, error.Line, error.Column, error.ColumnName));
        Assert.Contains("not a real calendar date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_value_and_a_wrong_type_are_both_reported()
    {
        var (line1, column1) = _data.SetField("events", 1, "title", "");
        var (line2, column2) = _data.SetField("figures", 0, "sort_order", "first");

        var errors = _data.BuildFails().Errors;

        Assert.Contains(errors, e => e.File == "events.csv" && e.Line == line1 && e.Column == column1 && e.Message.Contains("required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "figures.csv" && e.Line == line2 && e.Column == column2 && e.Message.Contains("INTEGER", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_id_is_refused_on_the_second_row()
    {
        var (_, rows) = _data.Read("sources");
        var (line, column) = _data.SetField("sources", 1, "id", rows[0][0]);

        var errors = _data.BuildFails().Errors;

        var error = errors[0];
        Assert.Equal(("sources.csv", line, column, "id"), (error.File, error.Line, error.Column, error.ColumnName));
        Assert.Equal($"'{rows[0][0]}' is already used on line 2; id must be unique", error.Message);
        // The id the row had before is gone, so its citations now dangle: one problem, every line named.
        var dangling = Assert.Single(errors.Skip(1));
        Assert.Equal(("citations.csv", "source_id"), (dangling.File, dangling.ColumnName));
        Assert.Matches($@"^'{rows[1][0]}' does not exist in sources.csv \(id\); also on lines \d+(, \d+)+$", dangling.Message);
    }

    [Fact]
    public void A_wrong_header_is_refused_naming_the_column()
    {
        var (header, rows) = _data.Read("agencies");
        header[2] = "title";
        _data.Write("agencies", header, rows);

        var error = Assert.Single(_data.BuildFails().Errors);

        Assert.Equal(("agencies.csv", 1, 3), (error.File, error.Line, error.Column));
        Assert.Contains("expects 'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_where_it_opens()
    {
        var path = _data.Path_("agencies.csv");
        var lines = File.ReadAllLines(path).ToList();
        lines.Add("\"broken,X,Broken agency,,");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var error = Assert.Single(_data.BuildFails().Errors);

        Assert.Equal(("agencies.csv", lines.Count, 1), (error.File, error.Line, error.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_many_fields_is_refused()
    {
        var path = _data.Path_("agencies.csv");
        File.AppendAllText(path, "extra,EX,Extra agency,,,surplus\n");
        var lineCount = File.ReadAllLines(path).Length;

        var error = Assert.Single(_data.BuildFails().Errors);

        Assert.Equal(("agencies.csv", lineCount), (error.File, error.Line));
        Assert.Contains("expected 5 fields, found 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_utf8_bytes_and_a_byte_order_mark_are_refused()
    {
        var path = _data.Path_("agencies.csv");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(path), .. "bad,B,Caf"u8.ToArray(), 0xE9, .. ",,\n"u8.ToArray()]);
        var sources = _data.Path_("sources.csv");
        File.WriteAllBytes(sources, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(sources)]);

        var errors = _data.BuildFails().Errors;

        Assert.Contains(errors, e => e.File == "agencies.csv" && e.Line == File.ReadAllLines(path).Length && e.Column == 3 && e.Message.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "sources.csv" && e.Line == 1 && e.Message.Contains("byte-order mark", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_without_a_citation_is_refused()
    {
        var (header, rows) = _data.Read("events");
        var copy = rows[0].ToList();
        copy[header.IndexOf("id")] = "an-uncited-event";
        rows.Add(copy);
        _data.Write("events", header, rows);

        var error = Assert.Single(_data.BuildFails().Errors);

        Assert.Equal(("events.csv", rows.Count + 1), (error.File, error.Line));
        Assert.Contains("no citation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_database_byte_identical()
    {
        _data.Build();
        var before = SHA256.HashData(File.ReadAllBytes(_data.DatabasePath));
        _data.SetField("cases", 0, "status", "won");

        _data.BuildFails();

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(_data.DatabasePath)));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(_data.DatabasePath)!, "*.tmp"));
    }

    [Fact]
    public void Ensure_built_rebuilds_only_when_an_input_changes()
    {
        var first = DatasetBuilder.EnsureBuilt(_data.DataDirectory, _data.DatabasePath);
        var second = DatasetBuilder.EnsureBuilt(_data.DataDirectory, _data.DatabasePath);
        _data.SetField("agencies", 0, "name_es", "Departamento de Seguridad Nacional");
        var third = DatasetBuilder.EnsureBuilt(_data.DataDirectory, _data.DatabasePath);

        Assert.True(first.Rebuilt);
        Assert.False(second.Rebuilt);
        Assert.True(third.Rebuilt);
        Assert.NotEqual(first.InputsSha256, third.InputsSha256);
    }

    [Fact]
    public void Ensure_built_rebuilds_a_file_written_by_another_builder_version()
    {
        // A file from an older builder lacks newer derived tables: same inputs must not keep it served.
        DatasetBuilder.EnsureBuilt(_data.DataDirectory, _data.DatabasePath);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_data.DatabasePath};Pooling=False"))
        {
            connection.Execute("UPDATE build_info SET builder_version = '1'");
        }

        var again = DatasetBuilder.EnsureBuilt(_data.DataDirectory, _data.DatabasePath);

        Assert.True(again.Rebuilt);
        using var check = DatasetBuilder.OpenReadOnly(_data.DatabasePath, pooled: false);
        Assert.Equal(DatasetBuilder.BuilderVersion, check.QuerySingle<string>("SELECT builder_version FROM build_info"));
        Assert.False(DatasetBuilder.EnsureBuilt(_data.DataDirectory, _data.DatabasePath).Rebuilt);
    }

    [Fact]
    public void Timeline_positions_number_every_filtered_list_in_timeline_order()
    {
        _data.Build();
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath, pooled: false);
        const string sortDate = "CASE precision WHEN 'month' THEN occurred_on || '-15' WHEN 'year' THEN occurred_on || '-07-01' ELSE occurred_on END";
        var expected = connection.Query<string>($"SELECT id FROM events ORDER BY {sortDate}, id").ToList();
        var all = connection.Query<string>(
            "SELECT e.id FROM timeline_positions p JOIN events e ON e.rowid = p.event_rowid WHERE p.category = '' AND p.case_id = '' AND p.year = '' ORDER BY p.position").ToList();
        Assert.Equal(expected, all);

        var ruling = connection.Query<string>($"SELECT id FROM events WHERE category = 'court-ruling' ORDER BY {sortDate}, id").ToList();
        var rulingPositions = connection.Query<(long Position, string Id)>(
            "SELECT p.position, e.id FROM timeline_positions p JOIN events e ON e.rowid = p.event_rowid WHERE p.category = 'court-ruling' AND p.case_id = '' AND p.year = '' ORDER BY p.position").ToList();
        Assert.Equal(ruling, rulingPositions.Select(r => r.Id));
        Assert.Equal(Enumerable.Range(1, ruling.Count).Select(i => (long)i), rulingPositions.Select(r => r.Position));

        var both = connection.Query<string>($"SELECT id FROM events WHERE category = 'court-ruling' AND substr(occurred_on, 1, 4) = '2026' ORDER BY {sortDate}, id").ToList();
        Assert.True(both.Count > 1);
        Assert.Equal(both, connection.Query<string>(
            "SELECT e.id FROM timeline_positions p JOIN events e ON e.rowid = p.event_rowid WHERE p.category = 'court-ruling' AND p.case_id = '' AND p.year = '2026' ORDER BY p.position"));

        // Every list, whatever its filters, is as long as its build-time count and numbered 1..count.
        var mismatched = connection.Query<string>(
            """
            SELECT t.category || '|' || t.case_id || '|' || t.year FROM timeline_counts t
            WHERE t.events <> (SELECT COUNT(*) FROM timeline_positions p WHERE p.category = t.category AND p.case_id = t.case_id AND p.year = t.year)
               OR t.events <> (SELECT COALESCE(MAX(p.position), 0) FROM timeline_positions p WHERE p.category = t.category AND p.case_id = t.case_id AND p.year = t.year)
            """).ToList();
        Assert.Empty(mismatched);
        Assert.Equal(0, connection.QuerySingle<long>(
            "SELECT COUNT(*) FROM timeline_positions p WHERE NOT EXISTS (SELECT 1 FROM timeline_counts t WHERE t.category = p.category AND t.case_id = p.case_id AND t.year = p.year)"));
    }

    [Theory]
    [InlineData("sources", "tier_rank, publisher COLLATE NOCASE, label COLLATE NOCASE, id")]
    [InlineData("cases", "sort_order, id")]
    [InlineData("figures", "headline_rank IS NULL, headline_rank, is_context, sort_order, id")]
    [InlineData("request_batches", "sort_order, id")]
    public void List_positions_number_each_list_in_the_order_its_page_shows(string table, string orderBy)
    {
        _data.Build();
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath, pooled: false);
        var expected = connection.Query<string>($"SELECT id FROM {table} ORDER BY {orderBy}").ToList();
        var positions = connection.Query<(long Position, string Id)>(
            $"SELECT p.position, t.id FROM list_positions p JOIN {table} t ON t.rowid = p.item_rowid WHERE p.list = '{table}' AND p.key = '' ORDER BY p.position").ToList();

        Assert.True(expected.Count > 1, table);
        Assert.Equal(expected, positions.Select(p => p.Id));
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(i => (long)i), positions.Select(p => p.Position));
    }

    [Fact]
    public void Each_requesters_batches_are_numbered_in_list_order()
    {
        _data.Build();
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath, pooled: false);
        var requesters = connection.Query<string>("SELECT DISTINCT requester_id FROM request_batches").ToList();
        Assert.NotEmpty(requesters);
        foreach (var requester in requesters)
        {
            var expected = connection.Query<string>("SELECT id FROM request_batches WHERE requester_id = @requester ORDER BY sort_order, id", new { requester }).ToList();
            var positions = connection.Query<(long Position, string Id)>(
                "SELECT p.position, b.id FROM list_positions p JOIN request_batches b ON b.rowid = p.item_rowid WHERE p.list = 'request_batches' AND p.key = @requester ORDER BY p.position", new { requester }).ToList();
            Assert.Equal(expected, positions.Select(p => p.Id));
            Assert.Equal(Enumerable.Range(1, expected.Count).Select(i => (long)i), positions.Select(p => p.Position));
        }
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        _data.SetField("events", 0, "category", "rumour");
        _data.SetField("cases", 0, "status", "won");
        _data.SetField("rulings", 0, "outcome", "tie");

        var errors = _data.BuildFails().Errors;

        Assert.Equal(["cases.csv", "events.csv", "rulings.csv"], errors.Where(e => !e.Message.Contains("which was refused", StringComparison.Ordinal)).Select(e => e.File).Order().ToArray());
    }

    [Fact]
    public void The_built_file_carries_the_data_dictionary_and_an_undocumented_column_fails_the_build()
    {
        _data.Build();
        using (var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath))
        {
            Assert.Contains("aggregator-only", connection.QuerySingle<string>("SELECT meaning FROM dictionary_columns WHERE table_name = 'events' AND column_name = 'basis'"), StringComparison.Ordinal);
            Assert.NotEmpty(connection.QuerySingle<string>("SELECT description FROM dictionary_tables WHERE table_name = 'events'"));
        }
        var readme = _data.Path_("README.md");
        File.WriteAllLines(readme, File.ReadAllLines(readme).Where(l => !l.StartsWith("| `actors_es` |", StringComparison.Ordinal)));

        var error = Assert.Single(_data.BuildFails().Errors);

        Assert.Equal("README.md", error.File);
        Assert.Contains("events.actors_es", error.Message, StringComparison.Ordinal);
    }
}
