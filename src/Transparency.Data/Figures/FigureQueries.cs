using Dapper;
using Transparency.Data.Sources;

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
    public required string Confidence { get; init; }
    public string? Note { get; init; }
    public double? PreferredValue { get; init; }
    public required string PreferredText { get; init; }
    public required string PreferredQualifier { get; init; }
    public required long ValueCount { get; init; }
}

/// <summary>One reported value of a metric: who said it, when, and what it counts.</summary>
public sealed record FigureValue
{
    public required string Id { get; init; }
    public required string FigureId { get; init; }
    public double? Value { get; init; }
    public required string ValueText { get; init; }
    public required string Qualifier { get; init; }
    public string? AsOf { get; init; }
    public string? AsOfPrecision { get; init; }
    public required string StatedBy { get; init; }
    public required string CountsWhat { get; init; }
    public required bool IsPreferred { get; init; }
    public required string Confidence { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

/// <summary>An event or ruling that mentions a figure.</summary>
public sealed record FigureMention
{
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public required string Date { get; init; }
    public required string Precision { get; init; }
    public required string Title { get; init; }
    public required string Href { get; init; }
}

public sealed record FigureDetail
{
    public required FigureSummary Figure { get; init; }
    public required IReadOnlyList<FigureValue> Values { get; init; }
    public required IReadOnlyList<FigureMention> Mentions { get; init; }
}

public sealed class FigureQueries(Database database)
{
    private const string SummaryColumns = """
        SELECT f.id, CASE WHEN @es = 1 AND f.title_es <> '' THEN f.title_es ELSE f.title END AS title, CASE WHEN @es = 1 AND f.definition_es <> '' THEN f.definition_es ELSE f.definition END AS definition, CASE WHEN @es = 1 AND f.unit_es <> '' THEN f.unit_es ELSE f.unit END AS unit,
               f.headline_rank, f.is_context, f.confidence, CASE WHEN @es = 1 AND f.note_es <> '' THEN f.note_es ELSE f.note END AS note,
               v.value AS preferred_value, v.value_text AS preferred_text, v.qualifier AS preferred_qualifier,
               (SELECT COUNT(*) FROM figure_values x WHERE x.figure_id = f.id) AS value_count
        FROM figures f
        JOIN figure_values v ON v.figure_id = f.id AND v.is_preferred = 1
        """;

    // One statement per use, each with its index: figures_by_rank (this same ORDER BY), the unique
    // headline_rank, the key.
    private const string Order = "ORDER BY f.headline_rank IS NULL, f.headline_rank, f.is_context, f.sort_order, f.id";

    private const string SummarySql = $"{SummaryColumns} {Order} LIMIT @limit";

    // headline_rank is unique and positive: its own index gives the headlines in order.
    private const string HeadlinesSql = $"{SummaryColumns} WHERE f.headline_rank > 0 ORDER BY f.headline_rank";

    private const string FigureSql = $"{SummaryColumns} WHERE f.id = @id";

    private const string FiguresByIdSql = $"{SummaryColumns} WHERE f.id IN @ids {Order}";

    private const string ValuesSql = """
        SELECT id, figure_id, value, value_text, qualifier, as_of, as_of_precision, CASE WHEN @es = 1 AND stated_by_es <> '' THEN stated_by_es ELSE stated_by END AS stated_by,
               CASE WHEN @es = 1 AND counts_what_es <> '' THEN counts_what_es ELSE counts_what END AS counts_what, is_preferred, confidence, CASE WHEN @es = 1 AND note_es <> '' THEN note_es ELSE note END AS note
        FROM figure_values
        WHERE figure_id IN @figureIds
        ORDER BY figure_id, is_preferred DESC, sort_order
        """;

    private const string MentionsSql = """
        SELECT 'event' AS kind, e.id, e.occurred_on AS date, e.precision, CASE WHEN @es = 1 AND e.title_es <> '' THEN e.title_es ELSE e.title END AS title, '/timeline#' || e.id AS href
        FROM figure_mentions m JOIN events e ON e.id = m.event_id
        WHERE m.figure_id = @id
        UNION ALL
        SELECT 'ruling', r.id, r.decided_on, r.decided_precision, k.short_name || ': ' || CASE WHEN @es = 1 AND r.title_es <> '' THEN r.title_es ELSE r.title END, '/cases/' || r.case_id || '#' || r.id
        FROM figure_mentions m JOIN rulings r ON r.id = m.ruling_id JOIN cases k ON k.id = r.case_id
        WHERE m.figure_id = @id
        ORDER BY 3, 2
        """;

    /// <summary>Figures, headlines first; all of them at most <paramref name="limit"/> (a synthetic data set has tens of thousands).</summary>
    public async Task<IReadOnlyList<FigureSummary>> GetAllAsync(bool headlinesOnly = false, Language language = Language.En, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<FigureSummary>(headlinesOnly ? HeadlinesSql : SummarySql, new { limit, es = language == Language.Es })).ToList();
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

    public async Task<FigureDetail?> GetAsync(string id, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var figure = await connection.QuerySingleOrDefaultAsync<FigureSummary>(FigureSql, new { id, es = language == Language.Es });
        if (figure is null)
        {
            return null;
        }
        var values = (await connection.QueryAsync<FigureValue>(ValuesSql, new { figureIds = new[] { id }, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.FigureValue, values.Select(v => v.Id).ToList());
        var mentions = (await connection.QueryAsync<FigureMention>(MentionsSql, new { id, es = language == Language.Es })).ToList();
        return new FigureDetail
        {
            Figure = figure,
            Values = values.Select(v => v with { Sources = sources[v.Id].ToList() }).ToList(),
            Mentions = mentions,
        };
    }
}
