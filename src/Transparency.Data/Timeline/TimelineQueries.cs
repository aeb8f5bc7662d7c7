using Dapper;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Timeline;

public sealed record TimelineEvent
{
    public required string Id { get; init; }
    /// <summary>Read from occurred_on alone: its shape is the precision column's value.</summary>
    public required PartialDate OccurredOn { get; init; }
    public PartialDate? OccurredOnAlt { get; init; }
    public required bool DateDerived { get; init; }
    public string? DateNote { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required EventCategory Category { get; init; }
    public string? CaseId { get; init; }
    public string? CaseShortName { get; init; }
    public string? RulingId { get; init; }
    public required string Actors { get; init; }
    public required bool IsContext { get; init; }
    /// <summary>The fact's label (FactLabel's rule, in the query's language) and the tier of its best source.</summary>
    public required string Sourcing { get; init; }
    public required SourceTier BestTier { get; init; }

    /// <summary>What a reader should know about the fact (a disputed date, an unverified detail); null when nothing.</summary>
    public string? Caveat { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

/// <summary>The timeline's filter state; every field is optional and comes from the query string.</summary>
public sealed record TimelineFilter
{
    public string? Category { get; init; }
    public string? CaseId { get; init; }
    public int? Year { get; init; }
    public string? Query { get; init; }
    public bool OldestFirst { get; init; }
    public int Page { get; init; } = 1;
    // 25, not the 55 real events on one page: with every event on one page Lighthouse's mobile run scored
    // 0.82-0.92 for performance (style and layout of ~1,300 elements block the main thread); 25 scored 0.98-1.0.
    public int PageSize { get; init; } = 25;
}

public sealed record Facet
{
    public required string Value { get; init; }
    public required string Label { get; init; }
    public required long Count { get; init; }
}

/// <summary>The values each timeline filter can take, with how many events each matches (read from timeline_counts).</summary>
public sealed record TimelineFacets
{
    /// <summary>For callers that show no filters (the overview, the API): SearchAsync then reads none.</summary>
    public static readonly TimelineFacets Empty = new() { Categories = [], Years = [], Cases = [] };

    public required IReadOnlyList<Facet> Categories { get; init; }
    public required IReadOnlyList<Facet> Years { get; init; }
    public required IReadOnlyList<Facet> Cases { get; init; }
}

public sealed record TimelineResult
{
    public required IReadOnlyList<TimelineEvent> Events { get; init; }
    public required long Total { get; init; }
    public required IReadOnlyList<Facet> Categories { get; init; }
    public required IReadOnlyList<Facet> Years { get; init; }
    public required IReadOnlyList<Facet> Cases { get; init; }
}

public sealed class TimelineQueries(Database database)
{
    /// <summary>
    /// The columns of a <see cref="TimelineEvent"/>: the one list every statement that reads events selects
    /// (the timeline, an event's page, a case's events, the exports). It reads <c>events e</c> and
    /// <c>cases c</c> (<see cref="FromEvents"/> or another FROM with both) and takes @es.
    /// </summary>
    internal const string SelectEvents = $$"""
        SELECT e.id, e.occurred_on, e.precision, e.occurred_on_alt, e.alt_precision, e.date_derived, localized(@es, e.date_note, e.date_note_es) AS date_note,
               localized(@es, e.title, e.title_es) AS title, localized(@es, e.summary, e.summary_es) AS summary, e.category, e.case_id, c.short_name AS case_short_name, e.ruling_id,
               localized(@es, e.actors, e.actors_es) AS actors, e.is_context, localized(@es, e.caveat, e.caveat_es) AS caveat,
               {{FactLabelSql.Event}}
        """;

    // Text search drives the query from the full-text index (cost follows the number of matches); the
    // filters alone are served by the index led by the filter, in date order, so LIMIT stops early.
    private const string FromEvents = "FROM events e LEFT JOIN cases c ON c.id = e.case_id";
    private const string FromMatches = "FROM events_fts f CROSS JOIN events e ON e.rowid = f.rowid LEFT JOIN cases c ON c.id = e.case_id";
    private const string MatchClause = "events_fts MATCH @match";
    private const string CategoryClause = "e.category = @category";
    private const string CaseClause = "e.case_id = @caseId";
    private const string YearClause = "substr(e.occurred_on, 1, 4) = @year";

    // sort_date (generated, see schema.sql) puts a month- or year-precision date mid-period; it leads the
    // events_by_* indexes, so a page of the newest events is read from an index instead of sorting every event.
    // Ties on a date are broken by id so the order is stable across requests (and one index serves both directions).
    private const string NewestFirst = "ORDER BY e.sort_date DESC, e.id DESC";
    private const string OldestFirst = "ORDER BY e.sort_date ASC, e.id ASC";

    // Totals come from the build-time table; '' means any.
    private const string CountSql = "SELECT events FROM timeline_counts WHERE category = @categoryKey AND case_id = @caseKey AND year = @yearKey";

    private const string FacetsSql = """
        SELECT t.category AS value, t.category AS label, t.events AS count, 'category' AS facet FROM timeline_counts t WHERE t.case_id = '' AND t.year = '' AND t.category <> ''
        UNION ALL
        SELECT t.year, t.year, t.events, 'year' FROM timeline_counts t WHERE t.category = '' AND t.case_id = '' AND t.year <> ''
        """;

    private const string CaseFacetsSql = """
        SELECT t.case_id AS value, c.short_name AS label, t.events AS count
        FROM timeline_counts t JOIN cases c ON c.id = t.case_id
        WHERE t.category = '' AND t.year = '' AND t.case_id <> ''
        ORDER BY c.sort_order, c.id
        """;

    private const string ByCaseSql = $"{SelectEvents} {FromEvents} WHERE e.case_id = @caseId {OldestFirst} LIMIT @limit";

    /// <summary>One event by id (also an event's own page, <see cref="Events.EventQueries"/>).</summary>
    internal const string EventSql = $"{SelectEvents} {FromEvents} WHERE e.id = @id";

    // Any combination of filters: the page is a range of build-time positions (timeline_positions), read
    // through its primary key, so the last page costs what the first does. Newest first counts from the end.
    private const string FromPositions = "FROM timeline_positions p CROSS JOIN events e ON e.rowid = p.event_rowid LEFT JOIN cases c ON c.id = e.case_id";
    private const string PositionsWhere = "WHERE p.category = @categoryKey AND p.case_id = @caseKey AND p.year = @yearKey AND p.position BETWEEN @low AND @high";

    // Text search over many matches (a common word): walk the list's positions in order and keep the rows
    // the full-text index matched (its row ids are collected once, without reading any event), instead of
    // reading and sorting every match. Few matches are cheaper the other way round (EventsSql with text).
    private const string MatchedRows = "p.event_rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @match)";

    /// <summary>At most this many matches are read and sorted; more are found by walking the positions.</summary>
    internal const long SparseMatches = 2000;

    // Without filters the count needs the full-text index only, not the events.
    private const string MatchOnlyCountSql = "SELECT COUNT(*) FROM events_fts WHERE events_fts MATCH @match";

    /// <summary>A page of a text search by positions (the filters' list), when the matches are many.</summary>
    internal static string MatchPositionsSql(bool oldestFirst) =>
        $"{SelectEvents} {FromPositions} WHERE p.category = @categoryKey AND p.case_id = @caseKey AND p.year = @yearKey AND {MatchedRows} ORDER BY p.position {(oldestFirst ? "ASC" : "DESC")} LIMIT @limit OFFSET @offset";

    /// <summary>A page by positions, for any combination of filters (timeline_positions holds every list).</summary>
    internal static string PositionsSql(bool oldestFirst) =>
        $"{SelectEvents} {FromPositions} {PositionsWhere} ORDER BY p.position {(oldestFirst ? "ASC" : "DESC")}";

    /// <summary>
    /// The events query for one combination of filters. Only the clauses of the filters in use are joined in
    /// (all of them constants), so SQLite can pick the index led by that filter; an "(@x IS NULL OR ...)"
    /// clause would force a scan of every event.
    /// </summary>
    internal static string EventsSql(bool category, bool caseId, bool year, bool text, bool oldestFirst) =>
        $"{SelectEvents} {(text ? FromMatches : FromEvents)} {WhereClause(category, caseId, year, text)} {(oldestFirst ? OldestFirst : NewestFirst)} LIMIT @limit OFFSET @offset";

    /// <summary>Counting matches of a text search; other totals are read from timeline_counts.</summary>
    internal static string MatchCountSql(bool category, bool caseId, bool year) =>
        $"SELECT COUNT(*) FROM events_fts f CROSS JOIN events e ON e.rowid = f.rowid {WhereClause(category, caseId, year, text: true)}";

    private static string WhereClause(bool category, bool caseId, bool year, bool text)
    {
        var clauses = new List<string>();
        if (text)
        {
            clauses.Add(MatchClause);
        }
        if (category)
        {
            clauses.Add(CategoryClause);
        }
        if (caseId)
        {
            clauses.Add(CaseClause);
        }
        if (year)
        {
            clauses.Add(YearClause);
        }
        return clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
    }

    /// <summary>The statements composed at run time, for the query-plan test (which finds the *Sql constants itself).</summary>
    internal static IEnumerable<string> Statements()
    {
        foreach (var category in new[] { false, true })
        {
            foreach (var caseId in new[] { false, true })
            {
                foreach (var year in new[] { false, true })
                {
                    foreach (var text in new[] { false, true })
                    {
                        yield return EventsSql(category, caseId, year, text, oldestFirst: false);
                        yield return EventsSql(category, caseId, year, text, oldestFirst: true);
                    }
                    yield return MatchCountSql(category, caseId, year);
                }
            }
        }
        yield return PositionsSql(oldestFirst: false);
        yield return PositionsSql(oldestFirst: true);
        yield return MatchPositionsSql(oldestFirst: false);
        yield return MatchPositionsSql(oldestFirst: true);
    }

    /// <summary>
    /// The filter values and their counts, computed when the dataset was built; read once per served build
    /// (every timeline request validates its query string against them).
    /// </summary>
    public Task<TimelineFacets> GetFacetsAsync(CancellationToken cancellationToken = default) =>
        database.ReadOncePerBuildAsync("timeline-facets", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            return await ReadFacetsAsync(connection);
        });

    private static async Task<TimelineFacets> ReadFacetsAsync(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        var facets = (await connection.QueryAsync<(string Value, string Label, long Count, string Facet)>(FacetsSql)).ToList();
        return new TimelineFacets
        {
            Categories = facets.Where(f => f.Facet == "category").OrderBy(f => f.Value, StringComparer.Ordinal)
                .Select(f => new Facet { Value = f.Value, Label = f.Label, Count = f.Count }).ToList(),
            Years = facets.Where(f => f.Facet == "year").OrderBy(f => f.Value, StringComparer.Ordinal)
                .Select(f => new Facet { Value = f.Value, Label = f.Label, Count = f.Count }).ToList(),
            Cases = (await connection.QueryAsync<Facet>(CaseFacetsSql)).ToList(),
        };
    }

    /// <summary>
    /// One page of events matching the filter. Pass the <paramref name="facets"/> already read (e.g. to
    /// validate the query string) so they are not read twice.
    /// </summary>
    public async Task<TimelineResult> SearchAsync(TimelineFilter filter, Language language = Language.En, TimelineFacets? facets = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var match = string.IsNullOrWhiteSpace(filter.Query) ? null : FullTextQuery(filter.Query);
        var text = filter.Query is not null && !string.IsNullOrWhiteSpace(filter.Query);
        var year = filter.Year?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var parameters = new
        {
            category = filter.Category,
            caseId = filter.CaseId,
            year,
            categoryKey = filter.Category ?? "",
            caseKey = filter.CaseId ?? "",
            yearKey = year ?? "",
            match,
            limit = filter.PageSize,
            offset = (long)(Math.Max(1, filter.Page) - 1) * filter.PageSize,
            es = language == Language.Es,
        };
        List<TimelineEvent> events;
        long total;
        var filters = (filter.Category is null ? 0 : 1) + (filter.CaseId is null ? 0 : 1) + (year is null ? 0 : 1);
        if (text && match is null)
        {
            // Nothing searchable in the query (only punctuation): nothing matches.
            (events, total) = ([], 0);
        }
        else if (text)
        {
            total = await connection.ExecuteScalarAsync<long>(
                filters == 0 ? MatchOnlyCountSql : MatchCountSql(filter.Category is not null, filter.CaseId is not null, year is not null), parameters);
            var sql = total > SparseMatches
                ? MatchPositionsSql(filter.OldestFirst)
                : EventsSql(filter.Category is not null, filter.CaseId is not null, year is not null, text, filter.OldestFirst);
            events = (await connection.QueryAsync<TimelineEvent>(sql, parameters)).ToList();
        }
        else
        {
            total = await connection.ExecuteScalarAsync<long?>(CountSql, parameters) ?? 0;
            // Positions run 1..total oldest first; newest first, page 1 ends at total.
            var (low, high) = filter.OldestFirst
                ? (parameters.offset + 1, parameters.offset + filter.PageSize)
                : (total - parameters.offset - filter.PageSize + 1, total - parameters.offset);
            events = (await connection.QueryAsync<TimelineEvent>(PositionsSql(filter.OldestFirst), new
            {
                parameters.categoryKey,
                parameters.caseKey,
                parameters.yearKey,
                low = Math.Max(1, low),
                high,
                parameters.es,
            })).ToList();
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, events.Select(e => e.Id).ToList());
        facets ??= await GetFacetsAsync(cancellationToken);
        return new TimelineResult
        {
            Events = events.Select(e => e with { Sources = sources[e.Id].ToList() }).ToList(),
            Total = total,
            Categories = facets.Categories,
            Years = facets.Years,
            Cases = facets.Cases,
        };
    }

    /// <summary>
    /// The user's words as a safe FTS5 query: each word quoted (inner quotes doubled) and matched as a prefix,
    /// all words required. Words with no letter or digit are dropped; null when nothing is left. Quoting means
    /// no input is read as FTS5 syntax (AND, NEAR, column filters, stray quotes), so no input can fail the query.
    /// </summary>
    public static string? FullTextQuery(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*")
            .ToList();
        return words.Count == 0 ? null : string.Join(" ", words);
    }

    /// <summary>A case's events, oldest first, at most <paramref name="limit"/> (the timeline filtered by case pages through the rest).</summary>
    public async Task<IReadOnlyList<TimelineEvent>> ForCaseAsync(string caseId, Language language = Language.En, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var events = (await connection.QueryAsync<TimelineEvent>(ByCaseSql, new { caseId, limit, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, events.Select(e => e.Id).ToList());
        return events.Select(e => e with { Sources = sources[e.Id].ToList() }).ToList();
    }

    /// <summary>One event by its id, with its sources; null when there is no such event.</summary>
    public async Task<TimelineEvent?> GetAsync(string id, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<TimelineEvent>(EventSql, new { id, es = language == Language.Es });
        if (found is null)
        {
            return null;
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, [id]);
        return found with { Sources = sources[id].ToList() };
    }
}
