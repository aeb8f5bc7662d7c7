using Dapper;

namespace Transparency.Data.Corrections;

/// <summary>One change to a published fact: which cell changed, from what to what, why and on whose word.</summary>
public sealed record Correction
{
    public required string Id { get; init; }
    public required string CorrectedOn { get; init; }
    public required string DatasetVersion { get; init; }
    public required string TableName { get; init; }
    public required string RowId { get; init; }
    public required string ColumnName { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
    public required string Reason { get; init; }
    public string? SourceId { get; init; }
    public string? SourceLabel { get; init; }
    public string? SourceUrl { get; init; }

    /// <summary>The page that shows the corrected row; null when the row has no page or no longer exists.</summary>
    public string? Href { get; init; }
}

public sealed class CorrectionQueries(Database database)
{
    /// <summary>
    /// The site path of the row a correction (aliased <c>k</c>) names. Each branch looks the row up, so a
    /// correction to a row that was later removed yields null instead of a link to a missing page.
    /// </summary>
    internal const string RowHref = """
        CASE k.table_name
            WHEN 'events' THEN (SELECT '/events/' || x.id FROM events x WHERE x.id = k.row_id)
            WHEN 'rulings' THEN (SELECT '/cases/' || x.case_id || '#' || x.id FROM rulings x WHERE x.id = k.row_id)
            WHEN 'cases' THEN (SELECT '/cases/' || x.id FROM cases x WHERE x.id = k.row_id)
            WHEN 'figures' THEN (SELECT '/figures/' || x.id FROM figures x WHERE x.id = k.row_id)
            WHEN 'figure_values' THEN (SELECT '/figures/' || x.figure_id || '#' || x.id FROM figure_values x WHERE x.id = k.row_id)
            WHEN 'request_batches' THEN (SELECT '/requests#' || x.id FROM request_batches x WHERE x.id = k.row_id)
            WHEN 'sources' THEN (SELECT '/sources#' || x.id FROM sources x WHERE x.id = k.row_id)
            WHEN 'unknowns' THEN (SELECT '/methodology#' || x.id FROM unknowns x WHERE x.id = k.row_id)
        END
        """;

    private const string CorrectionsSql = $"""
        SELECT k.id, k.corrected_on, k.dataset_version, k.table_name, k.row_id, k.column_name, k.old_value, k.new_value,
               localized(@es, k.reason, k.reason_es) AS reason, k.source_id, s.label AS source_label, s.url AS source_url,
               {RowHref} AS href
        FROM corrections k
        LEFT JOIN sources s ON s.id = k.source_id
        ORDER BY k.corrected_on DESC, k.id
        LIMIT 1000
        """;

    /// <summary>Every correction, newest first.</summary>
    public async Task<IReadOnlyList<Correction>> GetAllAsync(Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Correction>(CorrectionsSql, new { es = language == Language.Es })).ToList();
    }
}
