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

    private Microsoft.Data.Sqlite.SqliteConnection Build()
    {
        var database = Path.Combine(_root, "published.db");
        DatasetBuilder.Build(TestRepository.PublishedDataDirectory, database);
        return DatasetBuilder.OpenReadOnly(database, pooled: false);
    }
}
