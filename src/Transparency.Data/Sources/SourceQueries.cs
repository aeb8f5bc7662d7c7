using Dapper;
using Transparency.Data.Values;

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

    /// <summary>What the source is: lists group and sort by it, best first.</summary>
    public required SourceTier Tier { get; init; }

    /// <summary>For a copy, the outlet whose article it repeats.</summary>
    public string? OriginalOutlet { get; init; }

    /// <summary>The original article's address, where the copy prints it.</summary>
    public string? OriginalUrl { get; init; }
    public required string Url { get; init; }
    public required SourceKind Kind { get; init; }
    public PartialDate? PublishedOn { get; init; }
    public string? Note { get; init; }
    /// <summary>One page of the facts that cite this source, in citation order.</summary>
    public IReadOnlyList<SourceUse> UsedBy { get; init; } = [];

    /// <summary>How many facts cite this source, on all pages.</summary>
    public long UseCount { get; init; }
}

/// <summary>One page of sources and how many there are in the list it pages (all, or one tier).</summary>
public sealed record SourcePage
{
    public required IReadOnlyList<SourceEntry> Sources { get; init; }
    public required long Total { get; init; }
}

/// <summary>How many sources have one tier.</summary>
public sealed record SourceTierCount(SourceTier Tier, long Sources);

public sealed class SourceQueries(Database database)
{
    // A page is a range of build-time positions (list_positions: best tier first, then publisher, label, id
    // ignoring case), read through its primary key: the last page costs what the first does. @key is '' for
    // every source, or a tier for that tier's own list.
    private const string PageSql = """
        SELECT s.id, s.label, s.publisher, s.tier, s.original_outlet, s.original_url, s.url, s.kind, s.published_on, s.published_precision,
               localized(@es, s.note, s.note_es) AS note
        FROM list_positions p CROSS JOIN sources s ON s.rowid = p.item_rowid
        WHERE p.list = 'sources' AND p.key = @key AND p.position BETWEEN @first AND @last
        ORDER BY p.position
        """;

    private const string SourceSql = """
        SELECT id, label, publisher, tier, original_outlet, original_url, url, kind, published_on, published_precision,
               localized(@es, note, note_es) AS note
        FROM sources
        WHERE id = @id
        """;

    // Counted by the builder, not per request.
    private const string CountSql = "SELECT rows FROM build_inputs WHERE file_name = 'sources.csv'";

    // A tier's list is numbered 1..n by the builder, so its last position is its size: one step down the
    // primary key, not a count of the tier's rows.
    private const string TierCountSql = "SELECT COALESCE(MAX(position), 0) FROM list_positions WHERE list = 'sources' AND key = @key";

    // A source can be cited thousands of times, so each source's uses are read a page at a time, in citation
    // order: the correlated subquery walks citations_by_source (source_id, rowid) and stops at the limit,
    // and each citation then finds its one subject by key. Titles in Spanish when @es = 1 and one exists.
    private const string UsesOfSql = """
        SELECT c.source_id,
               CASE WHEN c.event_id IS NOT NULL THEN 'event' WHEN c.figure_value_id IS NOT NULL THEN 'figure'
                    WHEN c.request_batch_id IS NOT NULL THEN 'request' WHEN c.case_id IS NOT NULL THEN 'case'
                    WHEN c.ruling_id IS NOT NULL THEN 'ruling' WHEN c.guide_id IS NOT NULL THEN 'guide' ELSE 'open question' END AS kind,
               COALESCE(e.id, f.id, b.id, k.id, r.id, g.id, u.id) AS subject_id,
               CASE WHEN c.event_id IS NOT NULL THEN localized(@es, e.title, e.title_es)
                    WHEN c.figure_value_id IS NOT NULL THEN localized(@es, f.title, f.title_es) || ': ' || localized(@es, v.value_text, v.value_text_es)
                    WHEN c.request_batch_id IS NOT NULL THEN localized(@es, b.label, b.label_es)
                    WHEN c.case_id IS NOT NULL THEN k.short_name
                    WHEN c.ruling_id IS NOT NULL THEN localized(@es, r.title, r.title_es)
                    WHEN c.guide_id IS NOT NULL THEN localized(@es, g.body, g.body_es)
                    ELSE localized(@es, u.title, u.title_es) END AS title,
               CASE WHEN c.event_id IS NOT NULL THEN '/events/' || e.id
                    WHEN c.figure_value_id IS NOT NULL THEN '/figures/' || f.id
                    WHEN c.request_batch_id IS NOT NULL THEN '/requests#' || b.id
                    WHEN c.case_id IS NOT NULL THEN '/cases/' || k.id
                    WHEN c.ruling_id IS NOT NULL THEN '/cases/' || r.case_id || '#' || r.id
                    WHEN c.guide_id IS NOT NULL THEN '/guide#' || g.id
                    ELSE '/methodology#' || u.id END AS href
        FROM sources s
        JOIN citations c ON c.rowid IN (SELECT x.rowid FROM citations x WHERE x.source_id = s.id ORDER BY x.rowid LIMIT @limit OFFSET @offset)
        LEFT JOIN events e ON e.id = c.event_id
        LEFT JOIN figure_values v ON v.id = c.figure_value_id
        LEFT JOIN figures f ON f.id = v.figure_id
        LEFT JOIN request_batches b ON b.id = c.request_batch_id
        LEFT JOIN cases k ON k.id = c.case_id
        LEFT JOIN rulings r ON r.id = c.ruling_id
        LEFT JOIN unknowns u ON u.id = c.unknown_id
        LEFT JOIN guide g ON g.id = c.guide_id
        WHERE s.id IN @ids
        ORDER BY c.source_id, c.rowid
        """;

    // Read from citations_by_source alone; linear in the page's citations, not in the table.
    private const string UseCountsSql = "SELECT source_id, COUNT(*) AS uses FROM citations WHERE source_id IN @ids GROUP BY source_id";

    /// <summary>How many uses of each source a list shows; the rest are on the source's own page.</summary>
    public const int UsesInList = 5;

    /// <summary>How many uses a source's own page shows at a time.</summary>
    public const int UsePageSize = 100;

    /// <summary>
    /// One page of sources (1-based), best tier first, each with its first <see cref="UsesInList"/> uses and how
    /// many there are; of one tier when <paramref name="tier"/> is given.
    /// </summary>
    public async Task<SourcePage> GetPageAsync(int page, int pageSize, Language language = Language.En, SourceTier? tier = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var es = language == Language.Es;
        var (first, last) = ListPositions.Range(page, pageSize);
        var key = tier is { } t ? Vocabulary.Text(t) : "";
        var sources = (await connection.QueryAsync<SourceEntry>(PageSql, new { first, last, es, key })).ToList();
        var total = tier is null
            ? await connection.ExecuteScalarAsync<long>(CountSql)
            : await connection.ExecuteScalarAsync<long>(TierCountSql, new { key });
        return new SourcePage { Sources = await WithUsesAsync(connection, sources, es, 1, UsesInList), Total = total };
    }

    /// <summary>How many sources each tier has, best first, every tier listed (0 where none).</summary>
    public async Task<IReadOnlyList<SourceTierCount>> GetTierCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = new List<SourceTierCount>();
        foreach (var tier in Enum.GetValues<SourceTier>())
        {
            counts.Add(new SourceTierCount(tier, await connection.ExecuteScalarAsync<long>(TierCountSql, new { key = Vocabulary.Text(tier) })));
        }
        return counts;
    }

    /// <summary>
    /// One source by its id, with one page (1-based) of what cites it and how many do; null when there is no
    /// such source.
    /// </summary>
    public async Task<SourceEntry?> GetAsync(string id, Language language = Language.En, int usePage = 1, int usePageSize = UsePageSize, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var es = language == Language.Es;
        var found = (await connection.QueryAsync<SourceEntry>(SourceSql, new { id, es })).ToList();
        return found.Count == 0 ? null : (await WithUsesAsync(connection, found, es, usePage, usePageSize))[0];
    }

    private static async Task<IReadOnlyList<SourceEntry>> WithUsesAsync(Microsoft.Data.Sqlite.SqliteConnection connection, List<SourceEntry> sources, bool es, int page, int pageSize)
    {
        if (sources.Count == 0)
        {
            return sources;
        }
        var ids = sources.Select(s => s.Id).ToList();
        var offset = (long)(Math.Max(1, page) - 1) * pageSize;
        var uses = (await connection.QueryAsync<SourceUse>(UsesOfSql, new { ids, es, limit = pageSize, offset })).ToLookup(u => u.SourceId);
        var counts = (await connection.QueryAsync<(string SourceId, long Uses)>(UseCountsSql, new { ids })).ToDictionary(c => c.SourceId, c => c.Uses, StringComparer.Ordinal);
        return sources.Select(s => s with { UsedBy = uses[s.Id].ToList(), UseCount = counts.GetValueOrDefault(s.Id) }).ToList();
    }
}
