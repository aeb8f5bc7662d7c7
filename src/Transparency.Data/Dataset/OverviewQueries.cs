using Dapper;
using Transparency.Data.Cases;

namespace Transparency.Data.Dataset;

/// <summary>
/// What the overview lists beyond the figures and requests, bounded whatever the size of the data: the few
/// most recently active cases, read through the build-time case_activity index (the number of cases is in
/// <see cref="DatasetInfo.Cases"/>).
/// </summary>
public sealed class OverviewQueries(Database database)
{
    /// <summary>How many cases the overview lists; the rest are one link away.</summary>
    public const int RecentCaseLimit = 8;

    // Each case's court standing (its badge) comes from CourtStandings, the one rule every page shares.
    private const string RecentCasesSql = $"""
        SELECT c.id, c.short_name, c.is_context, localized(@es, c.status_summary, c.status_summary_es) AS status_summary, {CourtStandings.Columns}
        FROM case_activity a CROSS JOIN cases c ON c.id = a.case_id {CourtStandings.Join}
        ORDER BY a.latest_on DESC, a.case_id
        LIMIT @limit
        """;

    /// <summary>The cases with the latest event or ruling, newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<RecentCase>> GetRecentCasesAsync(Language language = Language.En, int limit = RecentCaseLimit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RecentCase>(RecentCasesSql, new { limit, es = language == Language.Es })).ToList();
    }
}
