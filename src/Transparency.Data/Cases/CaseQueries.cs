using Dapper;
using Transparency.Data.Sources;

namespace Transparency.Data.Cases;

public sealed record CaseSummary
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Court { get; init; }
    public required string Dockets { get; init; }
    public required string Judges { get; init; }
    public required string Plaintiffs { get; init; }
    public required string Defendants { get; init; }
    public string? Counsel { get; init; }
    public required string FiledOn { get; init; }
    public required string FiledPrecision { get; init; }
    public string? FiledOnAlt { get; init; }
    public string? FiledAltPrecision { get; init; }
    public string? FiledNote { get; init; }
    public required string Status { get; init; }
    public required string StatusSummary { get; init; }
    public required string Summary { get; init; }
    public required bool IsContext { get; init; }
    public required string Confidence { get; init; }
    public required long RulingCount { get; init; }
    public string? LatestRulingOn { get; init; }
    public string? LatestRulingPrecision { get; init; }
    public string? LatestRulingTitle { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

public sealed record Ruling
{
    public required string Id { get; init; }
    public required string CaseId { get; init; }
    public required string CaseShortName { get; init; }
    public required string DecidedOn { get; init; }
    public required string DecidedPrecision { get; init; }
    public string? DecidedOnAlt { get; init; }
    public string? DecidedAltPrecision { get; init; }
    public string? DateNote { get; init; }
    public required string Court { get; init; }
    public required string Judges { get; init; }
    public required string Kind { get; init; }
    public required string Outcome { get; init; }
    public long? Pages { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? Quote { get; init; }
    public string? QuoteSourceId { get; init; }
    public string? QuoteSourceLabel { get; init; }
    public string? QuoteSourceUrl { get; init; }
    public required string Confidence { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

public sealed class CaseQueries(Database database)
{
    private const string CasesSql = $"""
        SELECT c.id, c.name, c.short_name, c.court, c.dockets, c.judges, c.plaintiffs, c.defendants, c.counsel,
               c.filed_on, c.filed_precision, c.filed_on_alt, c.filed_alt_precision, c.filed_note,
               c.status, c.status_summary, c.summary, c.is_context, c.confidence,
               (SELECT COUNT(*) FROM rulings r WHERE r.case_id = c.id) AS ruling_count,
               l.decided_on AS latest_ruling_on, l.decided_precision AS latest_ruling_precision, l.title AS latest_ruling_title
        FROM cases c
        LEFT JOIN rulings l ON l.id = (SELECT r.id FROM rulings r WHERE r.case_id = c.id ORDER BY {SortDate} DESC, r.id DESC LIMIT 1)
        WHERE (@id IS NULL OR c.id = @id)
        ORDER BY c.sort_order, c.id
        """;

    // A month- or year-precision date sorts at the middle of its period, as the charts place it.
    private const string SortDate = "CASE r.decided_precision WHEN 'month' THEN r.decided_on || '-15' WHEN 'year' THEN r.decided_on || '-07-01' ELSE r.decided_on END";

    private const string RulingsSql = $"""
        SELECT r.id, r.case_id, c.short_name AS case_short_name, r.decided_on, r.decided_precision, r.decided_on_alt,
               r.decided_alt_precision, r.date_note, r.court, r.judges, r.kind, r.outcome, r.pages, r.title, r.summary,
               r.quote, r.quote_source_id, s.label AS quote_source_label, s.url AS quote_source_url, r.confidence
        FROM rulings r
        JOIN cases c ON c.id = r.case_id
        LEFT JOIN sources s ON s.id = r.quote_source_id
        WHERE (@caseId IS NULL OR r.case_id = @caseId)
        ORDER BY {SortDate}, r.id
        """;

    public async Task<IReadOnlyList<CaseSummary>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var cases = (await connection.QueryAsync<CaseSummary>(CasesSql, new { id = (string?)null })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Case, cases.Select(c => c.Id).ToList());
        return cases.Select(c => c with { Sources = sources[c.Id].ToList() }).ToList();
    }

    public async Task<CaseSummary?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<CaseSummary>(CasesSql, new { id });
        if (found is null)
        {
            return null;
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.Case, [id]);
        return found with { Sources = sources[id].ToList() };
    }

    /// <summary>Rulings in date order; all cases when <paramref name="caseId"/> is null.</summary>
    public async Task<IReadOnlyList<Ruling>> GetRulingsAsync(string? caseId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rulings = (await connection.QueryAsync<Ruling>(RulingsSql, new { caseId })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Ruling, rulings.Select(r => r.Id).ToList());
        return rulings.Select(r => r with { Sources = sources[r.Id].ToList() }).ToList();
    }
}
