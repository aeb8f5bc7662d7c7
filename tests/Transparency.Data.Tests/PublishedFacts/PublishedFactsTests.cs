using Dapper;
using Transparency.Data.Building;

namespace Transparency.Data.Tests.PublishedFacts;

/// <summary>
/// The few tests that read the live data/ rather than the fixture: they hold for any correct edit of the
/// facts (an added event with its sources, a corrected value), and fail only when the published data
/// itself is wrong. Every other test runs on tests/fixtures.
/// </summary>
public sealed class PublishedFactsTests : IDisposable
{
    private static readonly (string Table, string Column)[] CitedTables =
        [("events", "event_id"), ("figure_values", "figure_value_id"), ("request_batches", "request_batch_id"), ("cases", "case_id"), ("rulings", "ruling_id")];

    private readonly string _root = TestRepository.NewTempDirectory("transparency-published-");

    public void Dispose() => TestRepository.DeleteQuietly(_root);

    [Fact]
    public void The_published_data_validates_with_no_errors()
    {
        var report = DatasetBuilder.Validate(TestRepository.PublishedDataDirectory);

        // Warnings (a plain-http address a publisher offers only over http) are advice and never refuse data.
        foreach (var warning in report.Warnings)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(warning.ToString());
        }
        Assert.True(report.Errors.Count == 0, string.Join("\n", report.Errors.Take(50)));
    }

    [Fact]
    public void Every_published_fact_cites_at_least_one_source_that_has_an_address()
    {
        using var connection = Build();

        foreach (var (table, column) in CitedTables)
        {
            var uncited = connection.Query<string>($"SELECT t.id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.{column} = t.id) ORDER BY t.id").ToList();
            Assert.True(uncited.Count == 0, $"{table} rows without a source: {string.Join(", ", uncited)}");
        }
        Assert.Empty(connection.Query<string>("SELECT s.id FROM sources s WHERE trim(s.url) = '' OR trim(s.label) = ''"));
    }

    [Fact]
    public void At_least_nine_facts_in_ten_cite_a_source_that_is_not_an_aggregator()
    {
        var sourcing = DatasetBuilder.Validate(TestRepository.PublishedDataDirectory).Sourcing;

        Assert.NotNull(sourcing);
        TestContext.Current.TestOutputHelper?.WriteLine(sourcing.ToString());
        Assert.True(sourcing.NotAggregatorOnly * 10 >= sourcing.Facts * 9, sourcing.ToString());
    }

    [Fact]
    public void Every_irs_ice_case_has_a_docket_to_look_up()
    {
        using var connection = Build();

        // A context case (Medicaid data) whose number no source gives says "not found" instead.
        Assert.Empty(connection.Query<string>("SELECT c.id FROM cases c WHERE c.is_context = 0 AND NOT EXISTS (SELECT 1 FROM dockets d WHERE d.case_id = c.id) ORDER BY c.id"));
    }

    [Fact]
    public void Reader_text_holds_no_internal_notes_or_wordpress_ids()
    {
        using var connection = Build();
        var found = new List<string>();
        foreach (var table in connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").Where(t => !DatasetBuilder.IsGenerated(t)))
        {
            foreach (var column in connection.Query<(string Name, string Type)>($"SELECT name, type FROM pragma_table_info('{table}')")
                // The corrections log quotes each old value as it was, internal wording included.
                .Where(c => c.Type == "TEXT" && c.Name is not ("id" or "url" or "original_url") && !c.Name.EndsWith("_id", StringComparison.Ordinal)
                    && !(table == "corrections" && c.Name == "old_value")))
            {
                found.AddRange(connection.Query<string>(
                    $"SELECT '{table}.{column.Name} ' || id || ': ' || \"{column.Name}\" FROM \"{table}\" WHERE \"{column.Name}\" LIKE '%fact base%' OR \"{column.Name}\" LIKE '%base de hechos%' OR \"{column.Name}\" GLOB '*(p=[0-9]*'"
                        .Replace("|| id ||", table is "citations" or "figure_mentions" ? "|| rowid ||" : "|| id ||", StringComparison.Ordinal)));
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Every_headline_figure_has_exactly_one_preferred_value()
    {
        using var connection = Build();

        var headlines = connection.Query<(string Id, long Preferred)>(
            """
            SELECT f.id, (SELECT COUNT(*) FROM figure_values v WHERE v.figure_id = f.id AND v.is_preferred = 1)
            FROM figures f WHERE f.headline_rank IS NOT NULL ORDER BY f.headline_rank
            """).ToList();

        Assert.NotEmpty(headlines);
        Assert.All(headlines, h => Assert.True(h.Preferred == 1, $"figure {h.Id} has {h.Preferred} preferred values"));
    }

    [Fact]
    public void The_glossary_defines_the_terms_the_pages_use_in_both_languages_with_a_source_that_has_an_address()
    {
        using var connection = Build();

        var entries = connection.Query<(string Id, string? TermEs, string? DefinitionEs, string Url)>(
            "SELECT g.id, g.term_es, g.definition_es, s.url FROM glossary g JOIN sources s ON s.id = g.source_id ORDER BY g.id").ToList();

        // The words issue #15 asked for; more may be added, none of these removed.
        string[] required =
        [
            "section-6103", "return-information", "taxpayer-identity", "tin-matching", "memorandum-of-understanding",
            "temporary-restraining-order", "preliminary-injunction", "stay", "indicative-ruling", "final-removal-order",
            "ninety-day-rule", "administrative-record", "itin",
        ];
        Assert.Empty(required.Except(entries.Select(e => e.Id)));
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.TermEs), $"{e.Id} has no Spanish term");
            Assert.False(string.IsNullOrWhiteSpace(e.DefinitionEs), $"{e.Id} has no Spanish definition");
            Assert.StartsWith("http", e.Url, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_spanish_data_dictionary_describes_every_table_and_column()
    {
        using var connection = Build();

        var missing = connection.Query<string>(
            """
            SELECT table_name FROM dictionary_tables WHERE description_es = ''
            UNION ALL
            SELECT table_name || '.' || column_name FROM dictionary_columns WHERE meaning_es = ''
            """).ToList();

        Assert.True(missing.Count == 0, "no Spanish description in data/README.es.md: " + string.Join(", ", missing));
    }

    private Microsoft.Data.Sqlite.SqliteConnection Build()
    {
        var database = Path.Combine(_root, "published.db");
        DatasetBuilder.Build(TestRepository.PublishedDataDirectory, database);
        return DatasetBuilder.OpenReadOnly(database, pooled: false);
    }
}
