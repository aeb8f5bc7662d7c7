using Dapper;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Values;

/// <summary>The date columns as Dapper reads them through PartialDateHandler, checked against the built file itself.</summary>
public sealed class PartialDateReadingTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    public sealed record DateRow
    {
        public required PartialDate Date { get; init; }
        public required string Text { get; init; }
        public required DatePrecision Precision { get; init; }
    }

    public sealed record SortRow
    {
        public required PartialDate Date { get; init; }
        public required string SortDate { get; init; }
    }

    // Every date column with its precision column (dataset dates and corrections are always days).
    private const string DatesSql = """
        SELECT occurred_on AS date, occurred_on AS text, precision FROM events
        UNION ALL SELECT occurred_on_alt, occurred_on_alt, alt_precision FROM events WHERE occurred_on_alt IS NOT NULL
        UNION ALL SELECT decided_on, decided_on, decided_precision FROM rulings
        UNION ALL SELECT decided_on_alt, decided_on_alt, decided_alt_precision FROM rulings WHERE decided_on_alt IS NOT NULL
        UNION ALL SELECT filed_on, filed_on, filed_precision FROM cases
        UNION ALL SELECT filed_on_alt, filed_on_alt, filed_alt_precision FROM cases WHERE filed_on_alt IS NOT NULL
        UNION ALL SELECT requested_on, requested_on, requested_precision FROM request_batches
        UNION ALL SELECT requested_on_alt, requested_on_alt, requested_alt_precision FROM request_batches WHERE requested_on_alt IS NOT NULL
        UNION ALL SELECT disclosed_on, disclosed_on, disclosed_precision FROM request_batches WHERE disclosed_on IS NOT NULL
        UNION ALL SELECT as_of, as_of, as_of_precision FROM figure_values WHERE as_of IS NOT NULL
        UNION ALL SELECT published_on, published_on, published_precision FROM sources WHERE published_on IS NOT NULL
        UNION ALL SELECT date, date, date_precision FROM feed_entries
        """;

    [Fact]
    public async Task Every_date_reads_from_its_text_alone_with_the_precision_its_column_states()
    {
        await using var connection = await db.Database.OpenAsync();

        var rows = (await connection.QueryAsync<DateRow>(DatesSql)).ToList();

        Assert.True(rows.Count > 100, $"only {rows.Count} dates read");
        Assert.All(rows, r => Assert.Equal((r.Text, r.Precision), (r.Date.ToString(), r.Date.Precision)));
        Assert.Contains(rows, r => r.Precision == DatePrecision.Month);
    }

    [Fact]
    public async Task The_midpoint_of_a_date_is_the_sort_date_the_schema_generates()
    {
        await using var connection = await db.Database.OpenAsync();

        var rows = (await connection.QueryAsync<SortRow>("SELECT occurred_on AS date, sort_date FROM events UNION ALL SELECT decided_on, sort_date FROM rulings")).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r.SortDate, r.Date.Midpoint.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
