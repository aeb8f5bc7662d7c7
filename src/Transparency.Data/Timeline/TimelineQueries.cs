using Dapper;
using Transparency.Data.Sources;

namespace Transparency.Data.Timeline;

public sealed record TimelineEvent
{
    public required string Id { get; init; }
    public required string OccurredOn { get; init; }
    public required string Precision { get; init; }
    public string? OccurredOnAlt { get; init; }
    public string? AltPrecision { get; init; }
    public required bool DateDerived { get; init; }
    public string? DateNote { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }
    public string? CaseId { get; init; }
    public string? CaseShortName { get; init; }
    public string? RulingId { get; init; }
    public required string Actors { get; init; }
    public required bool IsContext { get; init; }
    public required string Confidence { get; init; }
    public string? ConfidenceNote { get; init; }
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
    public int PageSize { get; init; } = 100;
}

public sealed record Facet
{
    public required string Value { get; init; }
    public required string Label { get; init; }
    public required long Count { get; init; }
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
    private const string Where = """
        WHERE (@category IS NULL OR e.category = @category)
          AND (@caseId IS NULL OR e.case_id = @caseId)
          AND (@year IS NULL OR substr(e.occurred_on, 1, 4) = @year)
          AND (@like IS NULL OR e.title LIKE @like ESCAPE '\' OR e.summary LIKE @like ESCAPE '\' OR e.actors LIKE @like ESCAPE '\'
               OR e.title_es LIKE @like ESCAPE '\' OR e.summary_es LIKE @like ESCAPE '\' OR e.actors_es LIKE @like ESCAPE '\')
        """;

    // A month- or year-precision date sorts at the middle of its period ("Feb 2026" after "Feb 5, 2026").
    private const string SortDate = "CASE e.precision WHEN 'month' THEN e.occurred_on || '-15' WHEN 'year' THEN e.occurred_on || '-07-01' ELSE e.occurred_on END";

    // Ties on a date are broken by id so the order is stable across requests.
    private const string EventsSql = $"""
        SELECT e.id, e.occurred_on, e.precision, e.occurred_on_alt, e.alt_precision, e.date_derived, CASE WHEN @es = 1 AND e.date_note_es <> '' THEN e.date_note_es ELSE e.date_note END AS date_note,
               CASE WHEN @es = 1 AND e.title_es <> '' THEN e.title_es ELSE e.title END AS title, CASE WHEN @es = 1 AND e.summary_es <> '' THEN e.summary_es ELSE e.summary END AS summary, e.category, e.case_id, c.short_name AS case_short_name, e.ruling_id,
               CASE WHEN @es = 1 AND e.actors_es <> '' THEN e.actors_es ELSE e.actors END AS actors, e.is_context, e.confidence, CASE WHEN @es = 1 AND e.confidence_note_es <> '' THEN e.confidence_note_es ELSE e.confidence_note END AS confidence_note
        FROM events e LEFT JOIN cases c ON c.id = e.case_id
        {Where}
        ORDER BY CASE WHEN @oldestFirst = 1 THEN {SortDate} END ASC,
                 CASE WHEN @oldestFirst = 0 THEN {SortDate} END DESC,
                 e.id
        LIMIT @limit OFFSET @offset
        """;

    private const string CountSql = $"SELECT COUNT(*) FROM events e {Where}";

    private const string CategoriesSql = "SELECT category AS value, category AS label, COUNT(*) AS count FROM events GROUP BY category ORDER BY category";

    private const string YearsSql = "SELECT substr(occurred_on, 1, 4) AS value, substr(occurred_on, 1, 4) AS label, COUNT(*) AS count FROM events GROUP BY 1 ORDER BY 1";

    private const string CasesSql = """
        SELECT c.id AS value, c.short_name AS label, COUNT(e.id) AS count
        FROM cases c LEFT JOIN events e ON e.case_id = c.id
        GROUP BY c.id ORDER BY c.sort_order
        """;

    private const string ByCaseSql = $"""
        SELECT e.id, e.occurred_on, e.precision, e.occurred_on_alt, e.alt_precision, e.date_derived, CASE WHEN @es = 1 AND e.date_note_es <> '' THEN e.date_note_es ELSE e.date_note END AS date_note,
               CASE WHEN @es = 1 AND e.title_es <> '' THEN e.title_es ELSE e.title END AS title, CASE WHEN @es = 1 AND e.summary_es <> '' THEN e.summary_es ELSE e.summary END AS summary, e.category, e.case_id, NULL AS case_short_name, e.ruling_id,
               CASE WHEN @es = 1 AND e.actors_es <> '' THEN e.actors_es ELSE e.actors END AS actors, e.is_context, e.confidence, CASE WHEN @es = 1 AND e.confidence_note_es <> '' THEN e.confidence_note_es ELSE e.confidence_note END AS confidence_note
        FROM events e
        WHERE e.case_id = @caseId
        ORDER BY {SortDate}, e.id
        """;

    private const string EventSql = """
        SELECT e.id, e.occurred_on, e.precision, e.occurred_on_alt, e.alt_precision, e.date_derived, CASE WHEN @es = 1 AND e.date_note_es <> '' THEN e.date_note_es ELSE e.date_note END AS date_note,
               CASE WHEN @es = 1 AND e.title_es <> '' THEN e.title_es ELSE e.title END AS title, CASE WHEN @es = 1 AND e.summary_es <> '' THEN e.summary_es ELSE e.summary END AS summary, e.category, e.case_id, c.short_name AS case_short_name, e.ruling_id,
               CASE WHEN @es = 1 AND e.actors_es <> '' THEN e.actors_es ELSE e.actors END AS actors, e.is_context, e.confidence, CASE WHEN @es = 1 AND e.confidence_note_es <> '' THEN e.confidence_note_es ELSE e.confidence_note END AS confidence_note
        FROM events e LEFT JOIN cases c ON c.id = e.case_id
        WHERE e.id = @id
        """;

    public async Task<TimelineResult> SearchAsync(TimelineFilter filter, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var like = string.IsNullOrWhiteSpace(filter.Query)
            ? null
            : "%" + filter.Query.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
        var parameters = new
        {
            category = filter.Category,
            caseId = filter.CaseId,
            year = filter.Year?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            like,
            oldestFirst = filter.OldestFirst,
            limit = filter.PageSize,
            offset = (long)(Math.Max(1, filter.Page) - 1) * filter.PageSize,
            es = language == Language.Es,
        };
        var events = (await connection.QueryAsync<TimelineEvent>(EventsSql, parameters)).ToList();
        var total = await connection.ExecuteScalarAsync<long>(CountSql, parameters);
        var sources = await Citations.ForAsync(connection, Citations.Subject.Event, events.Select(e => e.Id).ToList());
        return new TimelineResult
        {
            Events = events.Select(e => e with { Sources = sources[e.Id].ToList() }).ToList(),
            Total = total,
            Categories = (await connection.QueryAsync<Facet>(CategoriesSql)).ToList(),
            Years = (await connection.QueryAsync<Facet>(YearsSql)).ToList(),
            Cases = (await connection.QueryAsync<Facet>(CasesSql)).ToList(),
        };
    }

    public async Task<IReadOnlyList<TimelineEvent>> ForCaseAsync(string caseId, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var events = (await connection.QueryAsync<TimelineEvent>(ByCaseSql, new { caseId, es = language == Language.Es })).ToList();
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
