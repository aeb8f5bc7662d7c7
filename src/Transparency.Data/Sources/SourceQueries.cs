using Dapper;

namespace Transparency.Data.Sources;

public sealed record SourceUse
{
    public required string SourceId { get; init; }
    public required string Kind { get; init; }
    public required string SubjectId { get; init; }
    public required string Title { get; init; }
    public required string Href { get; init; }
}

public sealed record SourceEntry
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Publisher { get; init; }
    public string? OriginalOutlet { get; init; }
    public required string Url { get; init; }
    public required string Kind { get; init; }
    public string? PublishedOn { get; init; }
    public string? PublishedPrecision { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<SourceUse> UsedBy { get; init; } = [];
}

public sealed class SourceQueries(Database database)
{
    private const string SourcesSql = """
        SELECT id, label, publisher, original_outlet, url, kind, published_on, published_precision, note
        FROM sources
        ORDER BY publisher COLLATE NOCASE, label COLLATE NOCASE
        """;

    // Every citation resolved to the page that shows its subject, so /sources can link back.
    private const string UsesSql = """
        SELECT c.source_id, 'event' AS kind, e.id AS subject_id, e.title, '/timeline#' || e.id AS href
        FROM citations c JOIN events e ON e.id = c.event_id
        UNION ALL
        SELECT c.source_id, 'figure', f.id, f.title || ': ' || v.value_text, '/figures/' || f.id
        FROM citations c JOIN figure_values v ON v.id = c.figure_value_id JOIN figures f ON f.id = v.figure_id
        UNION ALL
        SELECT c.source_id, 'request', b.id, b.label, '/requests#' || b.id
        FROM citations c JOIN request_batches b ON b.id = c.request_batch_id
        UNION ALL
        SELECT c.source_id, 'case', k.id, k.short_name, '/cases/' || k.id
        FROM citations c JOIN cases k ON k.id = c.case_id
        UNION ALL
        SELECT c.source_id, 'ruling', r.id, r.title, '/cases/' || r.case_id || '#' || r.id
        FROM citations c JOIN rulings r ON r.id = c.ruling_id
        UNION ALL
        SELECT c.source_id, 'open question', u.id, u.title, '/methodology#' || u.id
        FROM citations c JOIN unknowns u ON u.id = c.unknown_id
        ORDER BY 1, 2, 4
        """;

    public async Task<IReadOnlyList<SourceEntry>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sources = await connection.QueryAsync<SourceEntry>(SourcesSql);
        var uses = (await connection.QueryAsync<SourceUse>(UsesSql)).ToLookup(u => u.SourceId);
        return sources.Select(s => s with { UsedBy = uses[s.Id].ToList() }).ToList();
    }
}
