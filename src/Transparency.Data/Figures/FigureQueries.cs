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
    private const string SummarySql = """
        SELECT f.id, f.title, f.definition, f.unit, f.headline_rank, f.is_context, f.confidence, f.note,
               v.value AS preferred_value, v.value_text AS preferred_text, v.qualifier AS preferred_qualifier,
               (SELECT COUNT(*) FROM figure_values x WHERE x.figure_id = f.id) AS value_count
        FROM figures f
        JOIN figure_values v ON v.figure_id = f.id AND v.is_preferred = 1
        WHERE (@id IS NULL OR f.id = @id)
          AND (@headlinesOnly = 0 OR f.headline_rank IS NOT NULL)
        ORDER BY f.headline_rank IS NULL, f.headline_rank, f.is_context, f.sort_order
        """;

    private const string ValuesSql = """
        SELECT id, figure_id, value, value_text, qualifier, as_of, as_of_precision, stated_by, counts_what,
               is_preferred, confidence, note
        FROM figure_values
        WHERE figure_id IN @figureIds
        ORDER BY figure_id, is_preferred DESC, sort_order
        """;

    private const string MentionsSql = """
        SELECT 'event' AS kind, e.id, e.occurred_on AS date, e.precision, e.title, '/timeline#' || e.id AS href
        FROM figure_mentions m JOIN events e ON e.id = m.event_id
        WHERE m.figure_id = @id
        UNION ALL
        SELECT 'ruling', r.id, r.decided_on, r.decided_precision, k.short_name || ': ' || r.title, '/cases/' || r.case_id || '#' || r.id
        FROM figure_mentions m JOIN rulings r ON r.id = m.ruling_id JOIN cases k ON k.id = r.case_id
        WHERE m.figure_id = @id
        ORDER BY 3, 2
        """;

    public async Task<IReadOnlyList<FigureSummary>> GetAllAsync(bool headlinesOnly = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<FigureSummary>(SummarySql, new { id = (string?)null, headlinesOnly })).ToList();
    }

    /// <summary>Every value of the given figures with their sources (for side-by-side comparisons).</summary>
    public async Task<IReadOnlyList<FigureValue>> GetValuesAsync(IReadOnlyCollection<string> figureIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var values = (await connection.QueryAsync<FigureValue>(ValuesSql, new { figureIds })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.FigureValue, values.Select(v => v.Id).ToList());
        return values.Select(v => v with { Sources = sources[v.Id].ToList() }).ToList();
    }

    public async Task<FigureDetail?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var figure = await connection.QuerySingleOrDefaultAsync<FigureSummary>(SummarySql, new { id, headlinesOnly = false });
        if (figure is null)
        {
            return null;
        }
        var values = (await connection.QueryAsync<FigureValue>(ValuesSql, new { figureIds = new[] { id } })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.FigureValue, values.Select(v => v.Id).ToList());
        var mentions = (await connection.QueryAsync<FigureMention>(MentionsSql, new { id })).ToList();
        return new FigureDetail
        {
            Figure = figure,
            Values = values.Select(v => v with { Sources = sources[v.Id].ToList() }).ToList(),
            Mentions = mentions,
        };
    }
}
