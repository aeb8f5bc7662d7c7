using Dapper;
using Transparency.Data.Values;

namespace Transparency.Data.Feeds;

/// <summary>One item of an updates feed: a timeline event, a court ruling or a correction.</summary>
public sealed record FeedEntry
{
    /// <summary><c>event</c>, <c>ruling</c> or <c>correction</c>.</summary>
    public required FeedEntryKind Kind { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>A timeline category (<c>filing</c>, <c>court-ruling</c>, <c>correction</c>, ...).</summary>
    public required EventCategory Category { get; init; }
    public string? CaseId { get; init; }
    public string? CaseShortName { get; init; }

    /// <summary>The item's own date (when it happened), at its stated precision.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>When the item last changed in the dataset (<c>YYYY-MM-DD</c>); see <see cref="FeedQueries"/>.</summary>
    public required string UpdatedOn { get; init; }

    /// <summary>When the item entered the dataset (<c>YYYY-MM-DD</c>).</summary>
    public required string PublishedOn { get; init; }

    /// <summary>Site path of the item's own page: its permanent URL once made absolute.</summary>
    public required string Href { get; init; }

    /// <summary>A related page: the timeline event behind a ruling, or the row a correction changed.</summary>
    public string? RelatedHref { get; init; }
}

/// <summary>
/// The entries of the Atom feeds. The <c>updated</c> rule: an event or ruling is dated by the day it
/// entered the dataset, unless a correction names its row, in which case by the latest such correction.
/// The data keeps no per-row history, so "entered the dataset" is the dataset's <c>as_of</c> date: true
/// for every row of the first release (1.0.0). A correction entry is dated by its <c>corrected_on</c>.
/// Everything here is read from the data, never from the clock, so a feed is the same on every request.
/// </summary>
public sealed class FeedQueries(Database database)
{
    /// <summary>Feeds carry at most this many entries, the newest; older ones stay on the site.</summary>
    public const int DefaultLimit = 100;

    // The order, dates and links of every entry were computed by the builder (feed_entries, see
    // DatasetBuilder); here the newest few are read through its index (site-wide or led by the case) and
    // only their text is joined. Newest first: by updated, then by the item's own date, then by id.
    private const string Order = "ORDER BY f.updated_on DESC, f.sort_date DESC, f.item_id";

    private const string Text = """
        SELECT f.kind, f.item_id AS id,
               CASE f.kind WHEN 'event' THEN e.title WHEN 'ruling' THEN r.title
                   ELSE 'Correction to ' || k.table_name || ' “' || k.row_id || '”, column ' || k.column_name END AS title,
               CASE f.kind WHEN 'event' THEN e.summary WHEN 'ruling' THEN r.summary
                   ELSE 'Changed from “' || COALESCE(k.old_value, '(empty)') || '” to “' || COALESCE(k.new_value, '(empty)') || '”. Why: ' || k.reason END AS summary,
               CASE f.kind WHEN 'event' THEN e.category WHEN 'ruling' THEN 'court-ruling' ELSE 'correction' END AS category,
               f.case_id, c.short_name AS case_short_name,
               f.date, f.date_precision, f.updated_on, f.published_on, f.href, f.related_href
        FROM feed_entries f
        LEFT JOIN events e ON f.kind = 'event' AND e.id = f.item_id
        LEFT JOIN rulings r ON f.kind = 'ruling' AND r.id = f.item_id
        LEFT JOIN corrections k ON f.kind = 'correction' AND k.id = f.item_id
        LEFT JOIN cases c ON c.id = f.case_id
        """;

    // LEFT JOINs keep feed_entries the outer loop, so SQLite walks its index in order and stops at the limit.
    private const string EntriesSql = $"{Text} {Order} LIMIT @limit";

    private const string CaseEntriesSql = $"{Text} WHERE f.case_id = @caseId {Order} LIMIT @limit";

    /// <summary>The newest entries, site-wide or for one case (<paramref name="caseId"/>).</summary>
    public async Task<IReadOnlyList<FeedEntry>> GetEntriesAsync(string? caseId = null, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<FeedEntry>(caseId is null ? EntriesSql : CaseEntriesSql, new { caseId, limit })).ToList();
    }
}
