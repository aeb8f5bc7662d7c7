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

/// <summary>One page of sources and how many there are in all.</summary>
public sealed record SourcePage
{
    public required IReadOnlyList<SourceEntry> Sources { get; init; }
    public required long Total { get; init; }
}

public sealed class SourceQueries(Database database)
{
    // Served in order by sources_by_name (same collations), so a page reads only its rows.
    private const string PageSql = """
        SELECT id, label, publisher, original_outlet, url, kind, published_on, published_precision,
               CASE WHEN @es = 1 AND note_es <> '' THEN note_es ELSE note END AS note
        FROM sources
        ORDER BY publisher COLLATE NOCASE, label COLLATE NOCASE, id
        LIMIT @limit OFFSET @offset
        """;

    private const string SourceSql = """
        SELECT id, label, publisher, original_outlet, url, kind, published_on, published_precision,
               CASE WHEN @es = 1 AND note_es <> '' THEN note_es ELSE note END AS note
        FROM sources
        WHERE id = @id
        """;

    // Counted by the builder, not per request.
    private const string CountSql = "SELECT rows FROM build_inputs WHERE file_name = 'sources.csv'";

    // The filter sits inside every branch, so each reads citations_by_source instead of resolving every citation.
    // Titles in Spanish when @es = 1 and a translation exists.
    private const string UsesOfSql = """
        SELECT c.source_id, 'event' AS kind, e.id AS subject_id, CASE WHEN @es = 1 AND e.title_es <> '' THEN e.title_es ELSE e.title END AS title, '/timeline#' || e.id AS href
        FROM citations c JOIN events e ON e.id = c.event_id WHERE c.source_id IN @ids
        UNION ALL
        SELECT c.source_id, 'figure', f.id, CASE WHEN @es = 1 AND f.title_es <> '' THEN f.title_es ELSE f.title END || ': ' || v.value_text, '/figures/' || f.id
        FROM citations c JOIN figure_values v ON v.id = c.figure_value_id JOIN figures f ON f.id = v.figure_id WHERE c.source_id IN @ids
        UNION ALL
        SELECT c.source_id, 'request', b.id, CASE WHEN @es = 1 AND b.label_es <> '' THEN b.label_es ELSE b.label END, '/requests#' || b.id
        FROM citations c JOIN request_batches b ON b.id = c.request_batch_id WHERE c.source_id IN @ids
        UNION ALL
        SELECT c.source_id, 'case', k.id, k.short_name, '/cases/' || k.id
        FROM citations c JOIN cases k ON k.id = c.case_id WHERE c.source_id IN @ids
        UNION ALL
        SELECT c.source_id, 'ruling', r.id, CASE WHEN @es = 1 AND r.title_es <> '' THEN r.title_es ELSE r.title END, '/cases/' || r.case_id || '#' || r.id
        FROM citations c JOIN rulings r ON r.id = c.ruling_id WHERE c.source_id IN @ids
        UNION ALL
        SELECT c.source_id, 'open question', u.id, CASE WHEN @es = 1 AND u.title_es <> '' THEN u.title_es ELSE u.title END, '/methodology#' || u.id
        FROM citations c JOIN unknowns u ON u.id = c.unknown_id WHERE c.source_id IN @ids
        ORDER BY 1, 2, 4
        """;

    /// <summary>One page of sources (1-based), each with what cites it.</summary>
    public async Task<SourcePage> GetPageAsync(int page, int pageSize, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var es = language == Language.Es;
        var parameters = new { limit = pageSize, offset = (long)(Math.Max(1, page) - 1) * pageSize, es };
        var sources = (await connection.QueryAsync<SourceEntry>(PageSql, parameters)).ToList();
        var total = await connection.ExecuteScalarAsync<long>(CountSql);
        return new SourcePage { Sources = await WithUsesAsync(connection, sources, es), Total = total };
    }

    /// <summary>One source by its id, with what cites it; null when there is no such source.</summary>
    public async Task<SourceEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = (await connection.QueryAsync<SourceEntry>(SourceSql, new { id, es = false })).ToList();
        return found.Count == 0 ? null : (await WithUsesAsync(connection, found, es: false))[0];
    }

    private static async Task<IReadOnlyList<SourceEntry>> WithUsesAsync(Microsoft.Data.Sqlite.SqliteConnection connection, List<SourceEntry> sources, bool es)
    {
        if (sources.Count == 0)
        {
            return sources;
        }
        var uses = (await connection.QueryAsync<SourceUse>(UsesOfSql, new { ids = sources.Select(s => s.Id).ToList(), es })).ToLookup(u => u.SourceId);
        return sources.Select(s => s with { UsedBy = uses[s.Id].ToList() }).ToList();
    }
}
