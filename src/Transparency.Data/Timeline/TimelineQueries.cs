using Dapper;
using Transparency.Data.Search;
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
    /// <summary>The year as the data writes it (the first four characters of occurred_on); null for any year.</summary>
    internal string? YearText => Year?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
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
    /// <summary>How many events match; for a text search at most <see cref="TimelineQueries.TextCap"/> (then <see cref="TotalCapped"/>).</summary>
    public required long Total { get; init; }
    /// <summary>
    /// True when a text search matches more than <see cref="TimelineQueries.TextCap"/> events: counting stopped
    /// there, and only the first that many are listed (the downloads hold them all).
    /// </summary>
    public bool TotalCapped { get; init; }
    /// <summary>The text searched for, cut into words as the site search cuts it; <see cref="SearchWords.None"/> without q.</summary>
    public SearchWords Words { get; init; } = SearchWords.None;
    public required IReadOnlyList<Facet> Categories { get; init; }
    public required IReadOnlyList<Facet> Years { get; init; }
    public required IReadOnlyList<Facet> Cases { get; init; }
}

public sealed class TimelineQueries
{
    private readonly Database _database;
    private readonly int _textCap;

    public TimelineQueries(Database database)
        : this(database, TextCap)
    {
    }

    /// <summary>With another cap on a text search's matches, so a test can reach it on a small data set.</summary>
    internal TimelineQueries(Database database, int textCap)
    {
        _database = database;
        _textCap = textCap;
    }

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

    // The filters alone are served by the index led by the filter, in date order, so LIMIT stops early.
    private const string FromEvents = "FROM events e LEFT JOIN cases c ON c.id = e.case_id";
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

    /// <summary>A text search counts and lists at most this many matches (as the site search does per kind).</summary>
    public const int TextCap = SearchQueries.Cap;

    /// <summary>
    /// A page of a text search (q=), from search_text's block of events: they are in the timeline's order
    /// (newest first) and carry their filters as tokens (<see cref="TimelineFilterTokens"/>), so one FTS5 query
    /// (the words AND the filters) yields the matches in page order, read lazily and stopped after the page,
    /// whatever the number of matches. Oldest first reads the block backwards. The page's rows are then read by id.
    /// </summary>
    internal static string TextSql(bool oldestFirst) => $"""
        WITH shown AS MATERIALIZED (
            SELECT rowid AS r, item_id FROM search_text WHERE search_text MATCH @match AND rowid BETWEEN @first AND @last
            ORDER BY rowid {(oldestFirst ? "DESC" : "ASC")} LIMIT @limit OFFSET @offset)
        {SelectEvents}
        FROM shown CROSS JOIN events e ON e.id = shown.item_id LEFT JOIN cases c ON c.id = e.case_id
        ORDER BY shown.r {(oldestFirst ? "DESC" : "ASC")}
        """;

    /// <summary>A page by positions, for any combination of filters (timeline_positions holds every list).</summary>
    internal static string PositionsSql(bool oldestFirst) =>
        $"{SelectEvents} {FromPositions} {PositionsWhere} ORDER BY p.position {(oldestFirst ? "ASC" : "DESC")}";

    /// <summary>
    /// The events query for one combination of filters (the exports' complete lists). Only the clauses of the
    /// filters in use are joined in (all of them constants), so SQLite can pick the index led by that filter;
    /// an "(@x IS NULL OR ...)" clause would force a scan of every event.
    /// </summary>
    internal static string EventsSql(bool category, bool caseId, bool year, bool oldestFirst) =>
        $"{SelectEvents} {FromEvents} {WhereClause(category, caseId, year)} {(oldestFirst ? OldestFirst : NewestFirst)} LIMIT @limit OFFSET @offset";

    private static string WhereClause(bool category, bool caseId, bool year)
    {
        var clauses = new List<string>();
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
                    yield return EventsSql(category, caseId, year, oldestFirst: false);
                    yield return EventsSql(category, caseId, year, oldestFirst: true);
                }
            }
        }
        yield return PositionsSql(oldestFirst: false);
        yield return PositionsSql(oldestFirst: true);
        yield return TextSql(oldestFirst: false);
        yield return TextSql(oldestFirst: true);
    }

    /// <summary>
    /// The filter values and their counts, computed when the dataset was built; read once per served build
    /// (every timeline request validates its query string against them).
    /// </summary>
    public Task<TimelineFacets> GetFacetsAsync(CancellationToken cancellationToken = default) =>
        _database.ReadOncePerBuildAsync("timeline-facets", async () =>
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
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
        await using var connection = await _database.OpenAsync(cancellationToken);
        var year = filter.YearText;
        var offset = (long)(Math.Max(1, filter.Page) - 1) * filter.PageSize;
        var es = language == Language.Es;
        List<TimelineEvent> events;
        long total;
        var capped = false;
        var words = SearchWords.Parse(filter.Query);
        if (!words.IsEmpty)
        {
            var text = await TextMatchAsync(connection, words, filter, cancellationToken);
            if (text is not { } t)
            {
                (events, total) = ([], 0); // No word to look for, or a word in no item: nothing matches.
            }
            else
            {
                var counted = await connection.ExecuteScalarAsync<long>(SearchQueries.CountSql, new { match = t.Match, first = t.First, last = t.Last, cap = _textCap + 1 });
                (total, capped) = (Math.Min(counted, _textCap), counted > _textCap);
                events = offset >= total ? [] : (await connection.QueryAsync<TimelineEvent>(TextSql(filter.OldestFirst), new
                {
                    match = t.Match,
                    first = t.First,
                    last = t.Last,
                    limit = Math.Min(filter.PageSize, total - offset),
                    offset,
                    es,
                })).ToList();
            }
        }
        else
        {
            var keys = new { categoryKey = filter.Category ?? "", caseKey = filter.CaseId ?? "", yearKey = year ?? "" };
            total = await connection.ExecuteScalarAsync<long?>(CountSql, keys) ?? 0;
            // Positions run 1..total oldest first; newest first, page 1 ends at total.
            var (low, high) = filter.OldestFirst
                ? (offset + 1, offset + filter.PageSize)
                : (total - offset - filter.PageSize + 1, total - offset);
            events = (await connection.QueryAsync<TimelineEvent>(PositionsSql(filter.OldestFirst), new
            {
                keys.categoryKey,
                keys.caseKey,
                keys.yearKey,
                low = Math.Max(1, low),
                high,
                es,
            })).ToList();
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, events.Select(e => e.Id).ToList());
        facets ??= await GetFacetsAsync(cancellationToken);
        return new TimelineResult
        {
            Events = events.Select(e => e with { Sources = sources[e.Id].ToList() }).ToList(),
            Total = total,
            TotalCapped = capped,
            Words = words,
            Categories = facets.Categories,
            Years = facets.Years,
            Cases = facets.Cases,
        };
    }

    /// <summary>The full-text query of a text search with its filters, and the events' block of rowids; null when nothing can match.</summary>
    internal async Task<(string Match, long First, long Last)?> TextMatchAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, SearchWords words, TimelineFilter filter, CancellationToken cancellationToken)
    {
        if (words.Words.Count == 0
            || !(await SearchQueries.BlocksAsync(_database, cancellationToken)).TryGetValue(Vocabulary.Text(SearchKind.Event), out var block))
        {
            return null;
        }
        var (match, _) = await SearchQueries.MatchAsync(connection, words);
        return match is null ? null : (TimelineFilterTokens.Match(match, filter.Category, filter.CaseId, filter.YearText), block.FirstRowid, block.LastRowid);
    }

    /// <summary>How many events the filter matches, every one counted (a download's count; the page's total stops at <see cref="TextCap"/>).</summary>
    public async Task<long> CountAllAsync(TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var words = SearchWords.Parse(filter.Query);
        if (words.IsEmpty)
        {
            return await connection.ExecuteScalarAsync<long?>(CountSql, new { categoryKey = filter.Category ?? "", caseKey = filter.CaseId ?? "", yearKey = filter.YearText ?? "" }) ?? 0;
        }
        return await TextMatchAsync(connection, words, filter, cancellationToken) is { } t
            ? await connection.ExecuteScalarAsync<long>(SearchQueries.CountSql, new { match = t.Match, first = t.First, last = t.Last, cap = -1 })
            : 0;
    }

    /// <summary>A case's events, oldest first, at most <paramref name="limit"/> (the timeline filtered by case pages through the rest).</summary>
    public async Task<IReadOnlyList<TimelineEvent>> ForCaseAsync(string caseId, Language language = Language.En, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var events = (await connection.QueryAsync<TimelineEvent>(ByCaseSql, new { caseId, limit, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, events.Select(e => e.Id).ToList());
        return events.Select(e => e with { Sources = sources[e.Id].ToList() }).ToList();
    }

    /// <summary>One event by its id, with its sources; null when there is no such event.</summary>
    public async Task<TimelineEvent?> GetAsync(string id, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<TimelineEvent>(EventSql, new { id, es = language == Language.Es });
        if (found is null)
        {
            return null;
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, [id]);
        return found with { Sources = sources[id].ToList() };
    }
}
