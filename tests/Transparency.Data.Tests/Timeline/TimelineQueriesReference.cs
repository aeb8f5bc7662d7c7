using Dapper;

namespace Transparency.Data.Tests.Timeline;

/// <summary>The timeline's order computed the slow, obvious way (sort everything), to check the build-time positions against.</summary>
internal sealed class TimelineQueriesReference(Database database)
{
    public async Task<List<string>> IdsAsync(string? category, string? caseId, int? year, bool oldestFirst)
    {
        await using var connection = await database.OpenAsync();
        var direction = oldestFirst ? "ASC" : "DESC";
        var sql = $"""
            SELECT id FROM events
            WHERE (@category IS NULL OR category = @category) AND (@caseId IS NULL OR case_id = @caseId) AND (@year IS NULL OR substr(occurred_on, 1, 4) = @year)
            ORDER BY CASE precision WHEN 'month' THEN occurred_on || '-15' WHEN 'year' THEN occurred_on || '-07-01' ELSE occurred_on END {direction}, id {direction}
            """;
        return (await connection.QueryAsync<string>(sql, new { category, caseId, year = year?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) })).ToList();
    }
}
