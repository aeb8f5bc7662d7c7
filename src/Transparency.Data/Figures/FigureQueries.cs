using Dapper;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Figures;

/// <summary>A metric with its preferred value (the one shown in headlines and charts).</summary>
public sealed record FigureSummary
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Definition { get; init; }
    public required string Unit { get; init; }
    public long? HeadlineRank { get; init; }
    public required bool IsContext { get; init; }
    /// <summary>The fact's label (FactLabel's rule, in the query's language) and the tier of its best source.</summary>
    public required string Sourcing { get; init; }
    public required SourceTier BestTier { get; init; }
    public string? Note { get; init; }
    public double? PreferredValue { get; init; }
    public required string PreferredText { get; init; }
    public required Qualifier PreferredQualifier { get; init; }
    public required long ValueCount { get; init; }
}

/// <summary>One reported value of a metric: who said it, when, and what it counts.</summary>
public sealed record FigureValue
{
    public required string Id { get; init; }
    public required string FigureId { get; init; }
    public double? Value { get; init; }
    public required string ValueText { get; init; }
    public required Qualifier Qualifier { get; init; }
    public PartialDate? AsOf { get; init; }
    public required string StatedBy { get; init; }
    public required string CountsWhat { get; init; }
    public required bool IsPreferred { get; init; }
    /// <summary>The fact's label (FactLabel's rule, in the query's language) and the tier of its best source.</summary>
    public required string Sourcing { get; init; }
    public required SourceTier BestTier { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

/// <summary>An event or ruling that mentions a figure.</summary>
public sealed record FigureMention
{
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public required PartialDate Date { get; init; }
    public required string Title { get; init; }
    public required string Href { get; init; }
}

public sealed record FigureDetail
{
    public required FigureSummary Figure { get; init; }
    public required IReadOnlyList<FigureValue> Values { get; init; }
    /// <summary>One page of the mentions, in date order.</summary>
    public required IReadOnlyList<FigureMention> Mentions { get; init; }

    /// <summary>How many events and rulings mention the figure, on all pages.</summary>
    public required long MentionCount { get; init; }
}

public sealed class FigureQueries(Database database)
{
    /// <summary>How many mentions a figure page shows at a time.</summary>
    public const int MentionPageSize = 50;

    private const string SummaryColumns = $$"""
        SELECT f.id, localized(@es, f.title, f.title_es) AS title, localized(@es, f.definition, f.definition_es) AS definition, localized(@es, f.unit, f.unit_es) AS unit,
               f.headline_rank, f.is_context, localized(@es, f.note, f.note_es) AS note, {{FactLabelSql.Figure}},
               v.value AS preferred_value, localized(@es, v.value_text, v.value_text_es) AS preferred_text, v.qualifier AS preferred_qualifier,
               (SELECT COUNT(*) FROM figure_values x WHERE x.figure_id = f.id) AS value_count
        FROM figures f
        JOIN figure_values v ON v.figure_id = f.id AND v.is_preferred = 1
        """;

    // One statement per use, each with its index: figures_by_rank (this same ORDER BY), the unique
    // headline_rank, the key.
    private const string Order = "ORDER BY f.headline_rank IS NULL, f.headline_rank, f.is_context, f.sort_order, f.id";

    // A page is two statements: its ids, a range of build-time positions (list_positions, in this same
    // order) read through its primary key, so the last page costs what the first does; then those rows joined
    // (FiguresByIdSql).
    private const string PageIdsSql = """
        SELECT f.id FROM list_positions p CROSS JOIN figures f ON f.rowid = p.item_rowid
        WHERE p.list = 'figures' AND p.key = '' AND p.position BETWEEN @first AND @last
        ORDER BY p.position
        """;

    // Counted by the builder, not per request.
    private const string CountSql = "SELECT rows FROM build_inputs WHERE file_name = 'figures.csv'";

    // The figures a case's rulings and events mention, found from the case's side through the mention
    // indexes instead of by loading every figure's mentions.
    private const string MentionedByCaseSql = """
        SELECT m.figure_id FROM rulings r JOIN figure_mentions m ON m.ruling_id = r.id WHERE r.case_id = @caseId
        UNION
        SELECT m.figure_id FROM events e JOIN figure_mentions m ON m.event_id = e.id WHERE e.case_id = @caseId
        """;

    // headline_rank is unique and positive: its own index gives the headlines in order.
    private const string HeadlinesSql = $"{SummaryColumns} WHERE f.headline_rank > 0 ORDER BY f.headline_rank";

    private const string FigureSql = $"{SummaryColumns} WHERE f.id = @id";

    private const string FiguresByIdSql = $"{SummaryColumns} WHERE f.id IN @ids {Order}";

    private const string ValuesSql = $$"""
        SELECT v.id, v.figure_id, v.value, localized(@es, v.value_text, v.value_text_es) AS value_text, v.qualifier, v.as_of, v.as_of_precision, localized(@es, v.stated_by, v.stated_by_es) AS stated_by,
               localized(@es, v.counts_what, v.counts_what_es) AS counts_what, v.is_preferred, {{FactLabelSql.FigureValue}}, localized(@es, v.note, v.note_es) AS note
        FROM figure_values v
        WHERE v.figure_id IN @figureIds
        ORDER BY v.figure_id, v.is_preferred DESC, v.sort_order
        """;

    private const string MentionsSql = """
        SELECT 'event' AS kind, e.id, e.occurred_on AS date, e.precision, localized(@es, e.title, e.title_es) AS title, '/events/' || e.id AS href
        FROM figure_mentions m JOIN events e ON e.id = m.event_id
        WHERE m.figure_id = @id
        UNION ALL
        SELECT 'ruling', r.id, r.decided_on, r.decided_precision, k.short_name || ': ' || localized(@es, r.title, r.title_es), '/cases/' || r.case_id || '#' || r.id
        FROM figure_mentions m JOIN rulings r ON r.id = m.ruling_id JOIN cases k ON k.id = r.case_id
        WHERE m.figure_id = @id
        ORDER BY 3, 2
        LIMIT @limit OFFSET @offset
        """;

    // Read from the unique (figure_id, event_id, ruling_id) index alone.
    private const string MentionCountSql = "SELECT COUNT(*) FROM figure_mentions WHERE figure_id = @id";

    /// <summary>Figures, headlines first; all of them at most <paramref name="limit"/> (a synthetic data set has tens of thousands).</summary>
    public async Task<IReadOnlyList<FigureSummary>> GetAllAsync(bool headlinesOnly = false, Language language = Language.En, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return headlinesOnly
            ? (await connection.QueryAsync<FigureSummary>(HeadlinesSql, new { es = language == Language.Es })).ToList()
            : await PageAsync(connection, 1, limit, language);
    }

    /// <summary>One page (1-based) of figures in the list order, and how many there are in all.</summary>
    public async Task<FigureListPage> GetPageAsync(int page, int pageSize, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return new FigureListPage { Figures = await PageAsync(connection, page, pageSize, language), Total = await connection.ExecuteScalarAsync<long>(CountSql) };
    }

    private static async Task<IReadOnlyList<FigureSummary>> PageAsync(Microsoft.Data.Sqlite.SqliteConnection connection, int page, int pageSize, Language language)
    {
        var (first, last) = ListPositions.Range(page, pageSize);
        var ids = (await connection.QueryAsync<string>(PageIdsSql, new { first, last })).ToList();
        return ids.Count == 0 ? [] : (await connection.QueryAsync<FigureSummary>(FiguresByIdSql, new { ids, es = language == Language.Es })).ToList();
    }

    /// <summary>The figures that a case's rulings or events mention, in the list order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<FigureSummary>> GetMentionedByCaseAsync(string caseId, int limit, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = (await connection.QueryAsync<string>(MentionedByCaseSql, new { caseId })).ToList();
        return ids.Count == 0 ? [] : (await connection.QueryAsync<FigureSummary>(FiguresByIdSql, new { ids, es = language == Language.Es })).Take(limit).ToList();
    }

    /// <summary>The given figures, in the list order.</summary>
    public async Task<IReadOnlyList<FigureSummary>> GetManyAsync(IReadOnlyCollection<string> ids, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<FigureSummary>(FiguresByIdSql, new { ids, es = language == Language.Es })).ToList();
    }

    /// <summary>Every value of the given figures with their sources (for side-by-side comparisons).</summary>
    public async Task<IReadOnlyList<FigureValue>> GetValuesAsync(IReadOnlyCollection<string> figureIds, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var values = (await connection.QueryAsync<FigureValue>(ValuesSql, new { figureIds, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.FigureValue, values.Select(v => v.Id).ToList());
        return values.Select(v => v with { Sources = sources[v.Id].ToList() }).ToList();
    }

    /// <summary>
    /// A figure with every reported value and one page (1-based) of the events and rulings that mention it:
    /// a synthetic data set has figures mentioned thousands of times.
    /// </summary>
    public async Task<FigureDetail?> GetAsync(string id, Language language = Language.En, int mentionPage = 1, int mentionPageSize = MentionPageSize, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var figure = await connection.QuerySingleOrDefaultAsync<FigureSummary>(FigureSql, new { id, es = language == Language.Es });
        if (figure is null)
        {
            return null;
        }
        var values = (await connection.QueryAsync<FigureValue>(ValuesSql, new { figureIds = new[] { id }, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.FigureValue, values.Select(v => v.Id).ToList());
        var offset = (long)(Math.Max(1, mentionPage) - 1) * mentionPageSize;
        var mentions = (await connection.QueryAsync<FigureMention>(MentionsSql, new { id, limit = mentionPageSize, offset, es = language == Language.Es })).ToList();
        return new FigureDetail
        {
            Figure = figure,
            Values = values.Select(v => v with { Sources = sources[v.Id].ToList() }).ToList(),
            Mentions = mentions,
            MentionCount = await connection.ExecuteScalarAsync<long>(MentionCountSql, new { id }),
        };
    }
}
