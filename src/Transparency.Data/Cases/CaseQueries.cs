using Dapper;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Cases;

/// <summary>A docket number of a case, with the source that gives it and, where there is one, a docket page we link.</summary>
public sealed record Docket
{
    public required string CaseId { get; init; }
    public required string Id { get; init; }
    public required string Court { get; init; }

    /// <summary>CourtListener's id for the court (dcd, cadc, mad).</summary>
    public required string CourtlistenerCourt { get; init; }

    /// <summary>The number as sources write it, e.g. 1:25-cv-00457.</summary>
    public required string Number { get; init; }
    public required string SourceId { get; init; }
    public required string SourceLabel { get; init; }
    public required string SourceUrl { get; init; }
    public string? RecordLabel { get; init; }
    public string? RecordUrl { get; init; }

    /// <summary>
    /// A docket search on CourtListener (its RECAP archive) for this number in this court: a search, never a
    /// guessed document address, so it stays right whether or not CourtListener holds the docket.
    /// </summary>
    public string CourtListenerSearchUrl =>
        $"https://www.courtlistener.com/?type=r&docket_number={Uri.EscapeDataString(Number)}&court={Uri.EscapeDataString(CourtlistenerCourt)}";
}

public sealed record CaseSummary
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Court { get; init; }
    public required string Judges { get; init; }
    public required string Plaintiffs { get; init; }
    public required string Defendants { get; init; }
    public string? Counsel { get; init; }
    public required PartialDate FiledOn { get; init; }
    public PartialDate? FiledOnAlt { get; init; }
    public string? FiledNote { get; init; }
    public required CaseStatus Status { get; init; }
    public required string StatusSummary { get; init; }
    public required string Summary { get; init; }
    public required bool IsContext { get; init; }
    /// <summary>The fact's label (FactLabel's rule, in the query's language) and the tier of its best source.</summary>
    public required string Sourcing { get; init; }
    public required SourceTier BestTier { get; init; }

    /// <summary>When the sources on this case were last searched (<c>YYYY-MM-DD</c>), and what is known to be pending.</summary>
    public required string CheckedOn { get; init; }
    public string? Pending { get; init; }

    /// <summary>The case's docket numbers, each with a CourtListener docket search.</summary>
    public IReadOnlyList<Docket> Dockets { get; init; } = [];
    public required long RulingCount { get; init; }
    public PartialDate? LatestRulingOn { get; init; }
    public string? LatestRulingTitle { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

public sealed record Ruling
{
    public required string Id { get; init; }
    public required string CaseId { get; init; }
    public required string CaseShortName { get; init; }
    public required PartialDate DecidedOn { get; init; }
    public PartialDate? DecidedOnAlt { get; init; }
    public string? DateNote { get; init; }
    public required string Court { get; init; }
    public required string Judges { get; init; }
    public required RulingKind Kind { get; init; }
    public required RulingOutcome Outcome { get; init; }
    /// <summary>What the ruling did to the data sharing (rulings.effect): drives the chart's colours and a case's court status.</summary>
    public required RulingEffect Effect { get; init; }
    public long? Pages { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? Quote { get; init; }
    public string? QuoteSourceId { get; init; }
    public string? QuoteSourceLabel { get; init; }
    public string? QuoteSourceUrl { get; init; }
    /// <summary>The fact's label (FactLabel's rule, in the query's language) and the tier of its best source.</summary>
    public required string Sourcing { get; init; }
    public required SourceTier BestTier { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

public sealed class CaseQueries(Database database)
{
    private const string CaseSelect = $$"""
        SELECT c.id, c.name, c.short_name, localized(@es, c.court, c.court_es) AS court, localized(@es, c.judges, c.judges_es) AS judges,
               localized(@es, c.plaintiffs, c.plaintiffs_es) AS plaintiffs, localized(@es, c.defendants, c.defendants_es) AS defendants, localized(@es, c.counsel, c.counsel_es) AS counsel,
               c.filed_on, c.filed_precision, c.filed_on_alt, c.filed_alt_precision, localized(@es, c.filed_note, c.filed_note_es) AS filed_note,
               c.status, localized(@es, c.status_summary, c.status_summary_es) AS status_summary, localized(@es, c.summary, c.summary_es) AS summary, c.is_context, {{FactLabelSql.Case}},
               c.checked_on, localized(@es, c.pending, c.pending_es) AS pending,
               (SELECT COUNT(*) FROM rulings r WHERE r.case_id = c.id) AS ruling_count,
               l.decided_on AS latest_ruling_on, l.decided_precision AS latest_ruling_precision, localized(@es, l.title, l.title_es) AS latest_ruling_title
        """;

    private const string LatestRulingJoin = "LEFT JOIN rulings l ON l.id = (SELECT r.id FROM rulings r WHERE r.case_id = c.id ORDER BY r.sort_date DESC, r.id DESC LIMIT 1)";

    // The list and the single case are separate statements so each has its index. A page of the list is a
    // range of build-time positions (list_positions: by sort_order, then id) read through its primary key, so
    // the last page costs what the first does and only the page's cases have their rulings looked up.
    private const string CasesSql = $"""
        {CaseSelect}
        FROM list_positions p CROSS JOIN cases c ON c.rowid = p.item_rowid {LatestRulingJoin}
        WHERE p.list = 'cases' AND p.key = '' AND p.position BETWEEN @first AND @last
        ORDER BY p.position
        """;

    // Counted by the builder, not per request.
    private const string CountSql = "SELECT rows FROM build_inputs WHERE file_name = 'cases.csv'";

    /// <summary>A <see cref="Docket"/> row with its sources; DocumentQueries reads dockets through it too.</summary>
    internal const string DocketSelect = """
        SELECT d.case_id, d.id, localized(@es, d.court, d.court_es) AS court, d.courtlistener_court, d.number,
               d.source_id, s.label AS source_label, s.url AS source_url, r.label AS record_label, r.url AS record_url
        FROM dockets d
        JOIN sources s ON s.id = d.source_id
        LEFT JOIN sources r ON r.id = d.record_source_id
        """;

    private const string DocketsSql = $"""
        {DocketSelect}
        WHERE d.case_id IN @ids
        ORDER BY d.case_id, d.sort_order, d.id
        """;

    private const string CaseSql = $"{CaseSelect} FROM cases c {LatestRulingJoin} WHERE c.id = @id";

    private const string RulingColumns = $$"""
        SELECT r.id, r.case_id, c.short_name AS case_short_name, r.decided_on, r.decided_precision, r.decided_on_alt,
               r.decided_alt_precision, localized(@es, r.date_note, r.date_note_es) AS date_note, localized(@es, r.court, r.court_es) AS court, r.judges, r.kind, r.outcome, r.effect, r.pages,
               localized(@es, r.title, r.title_es) AS title, localized(@es, r.summary, r.summary_es) AS summary,
               r.quote, r.quote_source_id, s.label AS quote_source_label, s.url AS quote_source_url, {{FactLabelSql.Ruling}}
        FROM rulings r
        JOIN cases c ON c.id = r.case_id
        LEFT JOIN sources s ON s.id = r.quote_source_id
        """;

    // sort_date (generated, see schema.sql) puts a month- or year-precision date mid-period, as the charts place
    // it. rulings_by_case serves one case in that order; rulings_by_sort_date the list of all.
    private const string CaseRulingsSql = $"{RulingColumns} WHERE r.case_id = @caseId ORDER BY r.sort_date, r.id";

    private const string RulingsSql = $"{RulingColumns} ORDER BY r.sort_date, r.id LIMIT @limit";

    // The newest rulings, read backwards along rulings_by_sort_date and stopped at the limit.
    private const string LatestRulingsSql = $"{RulingColumns} ORDER BY r.sort_date DESC, r.id DESC LIMIT @limit";

    private const string RulingCountSql = "SELECT rows FROM build_inputs WHERE file_name = 'rulings.csv'";

    // Counted by the builder: the row with empty category and year ("any") holds the case's total.
    private const string EventCountSql = "SELECT COALESCE(MAX(events), 0) FROM timeline_counts WHERE case_id = @caseId AND year = '' AND category = ''";

    // The rulings of one page of cases (the API's list), each case's in date order.
    private const string RulingsOfCasesSql = $"{RulingColumns} WHERE r.case_id IN @caseIds ORDER BY r.case_id, r.sort_date, r.id";

    /// <summary>Cases in their editorial order, at most <paramref name="limit"/> (a synthetic data set has thousands).</summary>
    public async Task<IReadOnlyList<CaseSummary>> GetAllAsync(Language language = Language.En, int limit = 200, CancellationToken cancellationToken = default) =>
        (await GetPageAsync(1, limit, language, cancellationToken)).Cases;

    /// <summary>One page (1-based) of cases in their editorial order, and how many there are in all.</summary>
    public async Task<CaseListPage> GetPageAsync(int page, int pageSize, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (first, last) = ListPositions.Range(page, pageSize);
        var cases = (await connection.QueryAsync<CaseSummary>(CasesSql, new { first, last, es = language == Language.Es })).ToList();
        var ids = cases.Select(c => c.Id).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Case, ids);
        var dockets = await DocketsOfAsync(connection, ids, language);
        var total = await connection.ExecuteScalarAsync<long>(CountSql);
        return new CaseListPage { Cases = cases.Select(c => c with { Sources = sources[c.Id].ToList(), Dockets = dockets[c.Id].ToList() }).ToList(), Total = total };
    }

    /// <summary>The newest <paramref name="limit"/> rulings of all cases, in date order, and how many rulings there are.</summary>
    public async Task<(IReadOnlyList<Ruling> Rulings, long Total)> GetLatestRulingsAsync(int limit, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rulings = (await connection.QueryAsync<Ruling>(LatestRulingsSql, new { limit, es = language == Language.Es })).Reverse().ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Ruling, rulings.Select(r => r.Id).ToList());
        var total = await connection.ExecuteScalarAsync<long>(RulingCountSql);
        return (rulings.Select(r => r with { Sources = sources[r.Id].ToList() }).ToList(), total);
    }

    /// <summary>How many timeline events belong to a case (recorded at build time).</summary>
    public async Task<long> CountEventsAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(EventCountSql, new { caseId });
    }

    /// <summary>The rulings of the given cases, each case's in date order, with their sources.</summary>
    public async Task<IReadOnlyList<Ruling>> GetRulingsOfAsync(IReadOnlyCollection<string> caseIds, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        if (caseIds.Count == 0)
        {
            return [];
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var rulings = (await connection.QueryAsync<Ruling>(RulingsOfCasesSql, new { caseIds, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Ruling, rulings.Select(r => r.Id).ToList());
        return rulings.Select(r => r with { Sources = sources[r.Id].ToList() }).ToList();
    }

    public async Task<CaseSummary?> GetAsync(string id, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<CaseSummary>(CaseSql, new { id, es = language == Language.Es });
        if (found is null)
        {
            return null;
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.Case, [id]);
        var dockets = await DocketsOfAsync(connection, [id], language);
        return found with { Sources = sources[id].ToList(), Dockets = dockets[id].ToList() };
    }

    /// <summary>Rulings in date order; of all cases when <paramref name="caseId"/> is null, then at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<Ruling>> GetRulingsAsync(string? caseId = null, Language language = Language.En, int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rulings = (await connection.QueryAsync<Ruling>(caseId is null ? RulingsSql : CaseRulingsSql, new { caseId, limit, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Ruling, rulings.Select(r => r.Id).ToList());
        return rulings.Select(r => r with { Sources = sources[r.Id].ToList() }).ToList();
    }

    private static async Task<ILookup<string, Docket>> DocketsOfAsync(Microsoft.Data.Sqlite.SqliteConnection connection, IReadOnlyList<string> ids, Language language) =>
        (await connection.QueryAsync<Docket>(DocketsSql, new { ids, es = language == Language.Es })).ToLookup(d => d.CaseId);
}
