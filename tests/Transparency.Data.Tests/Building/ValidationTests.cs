using Dapper;
using Transparency.Data.Building;

namespace Transparency.Data.Tests.Building;

public sealed class ValidationTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void The_fixture_is_valid_with_one_warning_for_the_source_only_published_over_http()
    {
        var report = DatasetBuilder.Validate(_data.DataDirectory);

        Assert.Empty(report.Errors);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("sources.csv", "url"), (warning.File, warning.ColumnName));
        Assert.StartsWith("'http://www.parkertaxresearch.net/", warning.Message, StringComparison.Ordinal);
        Assert.Equal("data/ is valid: 20 files, 822 rows, 1 warning", report.Summary("data/"));
    }

    [Fact]
    public void Validate_writes_no_database_and_leaves_an_existing_one_alone()
    {
        _data.Build();
        var before = File.ReadAllBytes(_data.DatabasePath);
        var stamp = File.GetLastWriteTimeUtc(_data.DatabasePath);
        _data.SetField("events", 0, "category", "rumour");

        var report = DatasetBuilder.Validate(_data.DataDirectory);

        Assert.False(report.IsValid);
        Assert.Equal(before, File.ReadAllBytes(_data.DatabasePath));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(_data.DatabasePath));
        Assert.Equal([Path.GetFileName(_data.DatabasePath)], Directory.EnumerateFiles(Path.GetDirectoryName(_data.DatabasePath)!).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateFiles(_data.DataDirectory, "*.db"));
    }

    [Fact]
    public void Validate_reports_several_problems_in_several_files_in_one_run()
    {
        _data.SetField("events", 3, "category", "rumour");
        _data.SetField("cases", 0, "filed_on", "Feb 5 2025");
        _data.SetField("figure_values", 0, "value", "-5");
        _data.EditLine("agencies.csv", 1, _ => "id,abbreviation,title,name_es,parent_id");
        File.WriteAllBytes(_data.Path_("sources.csv"), [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(_data.Path_("sources.csv"))]);
        File.WriteAllLines(_data.Path_("README.md"), File.ReadAllLines(_data.Path_("README.md")).Where(l => !l.StartsWith("| `actors_es` |", StringComparison.Ordinal)));

        var report = DatasetBuilder.Validate(_data.DataDirectory);

        var located = report.Errors.Select(e => (e.File, e.Line, e.Column)).ToList();
        Assert.Contains(("agencies.csv", 1, 3), located);
        Assert.Contains(("cases.csv", 2, 14), located);
        Assert.Contains(("events.csv", 5, 13), located);
        Assert.Contains(("figure_values.csv", 2, 3), located);
        Assert.Contains(("sources.csv", 1, 1), located);
        Assert.Contains(("README.md", MalformedDataTests.ReadmeLine("### `events`"), 0), located);
        // The refused rows' references are reported too, as references to refused rows.
        Assert.Contains(report.Errors, e => e.File == "citations.csv" && e.Message.Contains("refers to events.csv line 5, which was refused", StringComparison.Ordinal));
        Assert.StartsWith($"{report.Errors.Count} problems in ", report.Summary("data/"), StringComparison.Ordinal);
        Assert.Equal(report.Errors, _data.BuildFails().Errors);
    }

    [Fact]
    public void Every_bad_cell_of_one_row_is_reported_not_just_the_first()
    {
        var (line, _) = _data.SetField("rulings", 0, "kind", "verdict");
        _data.SetField("rulings", 0, "outcome", "tie");
        _data.SetField("rulings", 0, "pages", "0");
        _data.SetField("rulings", 0, "decided_on", "2025-02-30");

        var errors = _data.BuildFails().Errors.Where(e => e.File == "rulings.csv" && e.Line == line).ToList();

        Assert.Equal(["decided_on", "kind", "outcome", "pages"], errors.Select(e => e.ColumnName).Order(StringComparer.Ordinal));
        Assert.Contains(errors, e => e.Message == "'0' is too small; pages must be greater than 0");
    }

    [Fact]
    public void A_reference_to_a_refused_row_says_the_row_was_refused_rather_than_missing()
    {
        var (line, _) = _data.SetField("sources", 0, "kind", "tweet");

        var errors = _data.BuildFails().Errors;

        Assert.Equal(("sources.csv", line), (errors[0].File, errors[0].Line));
        // One problem for the three citations of the refused source, at the first, naming the others.
        var reference = Assert.Single(errors.Skip(1), e => e.File == "citations.csv");
        Assert.Equal(("citations.csv", 1, "source_id"), (reference.File, reference.Column, reference.ColumnName));
        Assert.Matches($@"^'clearinghouse-46138' refers to sources.csv line {line}, which was refused \(see the problem reported there\); also on lines \d+, \d+$", reference.Message);
    }

    [Fact]
    public void A_fact_whose_citations_were_all_refused_says_so_rather_than_that_it_has_none()
    {
        var (header, rows) = _data.Read("citations");
        var cited = rows.Select((r, i) => (r, i)).Where(x => x.r[header.IndexOf("request_batch_id")] == "2025-08-07-dhs-40000-name-list").Select(x => x.i).ToList();
        Assert.NotEmpty(cited);
        foreach (var i in cited)
        {
            _data.SetField("citations", i, "pinpoint", " page 3");
        }

        var errors = _data.BuildFails().Errors;

        Assert.Contains(errors, e => e.File == "request_batches.csv"
            && e.Message == $"'2025-08-07-dhs-40000-name-list' has no valid citation: its citation on citations.csv line {cited[0] + 2} was refused");
    }

    [Fact]
    public void A_file_that_cannot_be_read_in_full_does_not_make_every_reference_to_it_dangle()
    {
        _data.WriteText("sources.csv", _data.ReadText("sources.csv").Split('\n')[0] + "\n\"unclosed,\n");

        var errors = _data.BuildFails().Errors;

        var error = Assert.Single(errors);
        Assert.Equal(("sources.csv", 2, 1), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void Script_tags_in_text_are_accepted_as_text_and_stored_verbatim()
    {
        const string summary = "<script>alert(1)</script> is text here; the site encodes it on output.";
        var (line, _) = _data.SetField("events", 0, "summary", summary);

        var report = DatasetBuilder.Validate(_data.DataDirectory);
        _data.Build();

        Assert.Empty(report.Errors);
        Assert.DoesNotContain(report.Warnings, w => w.File == "events.csv" && w.Line == line);
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath);
        Assert.Equal(summary, connection.QuerySingle<string>("SELECT summary FROM events WHERE id = '2025-02-17-ctr-v-irs-filed'"));
    }

    [Fact]
    public void Formula_looking_text_is_accepted_and_stored_verbatim_with_a_warning_because_downloads_neutralise_it()
    {
        const string summary = "=HYPERLINK(\"https://example.org\",\"click\")";
        var (line, column) = _data.SetField("events", 0, "summary", summary);

        var report = DatasetBuilder.Validate(_data.DataDirectory);
        var result = _data.Build();

        Assert.Empty(report.Errors);
        var warning = Assert.Single(report.Warnings, w => w.File == "events.csv");
        Assert.Equal((line, column), (warning.Line, warning.Column));
        Assert.Contains("the CSV downloads neutralise it", warning.Message, StringComparison.Ordinal);
        Assert.Equal(report.Warnings, result.Warnings);
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath);
        Assert.Equal(summary, connection.QuerySingle<string>("SELECT summary FROM events WHERE id = '2025-02-17-ctr-v-irs-filed'"));
    }

    [Fact]
    public void A_file_with_crlf_line_endings_throughout_is_accepted_as_git_on_windows_may_check_it_out()
    {
        _data.WriteText("agencies.csv", _data.ReadText("agencies.csv").Replace("\n", "\r\n", StringComparison.Ordinal));

        var report = DatasetBuilder.Validate(_data.DataDirectory);
        _data.Build();

        Assert.Empty(report.Errors);
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath);
        Assert.Equal(0, connection.QuerySingle<long>("SELECT COUNT(*) FROM agencies WHERE parent_id LIKE '%' || char(13) || '%' OR name_es LIKE '%' || char(13) || '%'"));
        Assert.Equal("dhs", connection.QuerySingle<string>("SELECT parent_id FROM agencies WHERE id = 'ice'"));
    }

    [Fact]
    public void A_csv_that_is_not_a_table_is_a_warning_and_still_counts_as_an_input()
    {
        _data.WriteText("notes.csv", "a,b\n1,2\n");

        var result = _data.Build();

        var warning = Assert.Single(result.Warnings, w => w.File == "notes.csv");
        Assert.Contains("is not a table in schema.sql", warning.Message, StringComparison.Ordinal);
        Assert.False(DatasetBuilder.EnsureBuilt(_data.DataDirectory, _data.DatabasePath).Rebuilt);
    }

    [Fact]
    public void Messages_read_as_file_line_column_and_column_name()
    {
        var error = new DataError("events.csv", 12, 13, "category", "'rumour' is not one of filing, hearing");
        var warning = error with { Severity = DataSeverity.Warning, Message = "plain http" };

        Assert.Equal("events.csv:12:13 (column 'category'): 'rumour' is not one of filing, hearing", error.ToString());
        Assert.Equal("events.csv:12:13 (column 'category'): warning: plain http", warning.ToString());
        Assert.Equal("README.md:238: column events.actors_es is not documented", new DataError("README.md", 238, 0, null, "column events.actors_es is not documented").ToString());
        Assert.Equal("agencies.csv: missing", new DataError("agencies.csv", 0, 0, null, "missing").ToString());
    }
}
