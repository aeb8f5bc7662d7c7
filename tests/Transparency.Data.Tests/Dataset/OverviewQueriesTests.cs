using Dapper;
using Transparency.Data.Dataset;

namespace Transparency.Data.Tests.Dataset;

public sealed class OverviewQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    [Fact]
    public async Task Recent_cases_are_the_latest_active_first_and_bounded()
    {
        var queries = new OverviewQueries(db.Database);
        await using var connection = await db.Database.OpenAsync();
        // The reference order computed from the rows themselves: each case's latest event or ruling date.
        var expected = (await connection.QueryAsync<string>(
            """
            SELECT c.id FROM cases c
            ORDER BY COALESCE((SELECT MAX(d) FROM (
                SELECT CASE e.precision WHEN 'month' THEN e.occurred_on || '-15' WHEN 'year' THEN e.occurred_on || '-07-01' ELSE e.occurred_on END AS d FROM events e WHERE e.case_id = c.id
                UNION ALL SELECT CASE r.decided_precision WHEN 'month' THEN r.decided_on || '-15' WHEN 'year' THEN r.decided_on || '-07-01' ELSE r.decided_on END FROM rulings r WHERE r.case_id = c.id)), '') DESC, c.id
            """)).ToList();

        var all = await queries.GetRecentCasesAsync();
        var two = await queries.GetRecentCasesAsync(limit: 2);
        var info = await new DatasetQueries(db.Database).GetInfoAsync();

        Assert.Equal(expected, all.Select(c => c.Id));
        Assert.Equal(expected.Take(2), two.Select(c => c.Id));
        Assert.Equal(expected.Count, info.Cases);
        Assert.All(all, c => Assert.False(string.IsNullOrEmpty(c.StatusSummary)));
    }
}
