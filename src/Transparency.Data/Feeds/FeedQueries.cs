using Dapper;
using Transparency.Data.Corrections;

namespace Transparency.Data.Feeds;

/// <summary>One item of an updates feed: a timeline event, a court ruling or a correction.</summary>
public sealed record FeedEntry
{
    /// <summary><c>event</c>, <c>ruling</c> or <c>correction</c>.</summary>
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>A timeline category (<c>filing</c>, <c>court-ruling</c>, <c>correction</c>, ...).</summary>
    public required string Category { get; init; }
    public string? CaseId { get; init; }
    public string? CaseShortName { get; init; }

    /// <summary>The item's own date (when it happened), at its stated precision.</summary>
    public required string Date { get; init; }
    public required string DatePrecision { get; init; }

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

    // A month- or year-precision date sorts at the middle of its period, as on the timeline.
    private const string EventSort = "CASE e.precision WHEN 'month' THEN e.occurred_on || '-15' WHEN 'year' THEN e.occurred_on || '-07-01' ELSE e.occurred_on END";

    private const string RulingSort = "CASE r.decided_precision WHEN 'month' THEN r.decided_on || '-15' WHEN 'year' THEN r.decided_on || '-07-01' ELSE r.decided_on END";

    // Every ruling has a timeline event that records it (events.ruling_id); the feed carries the ruling
    // once, as the ruling, and a correction to either row dates it. Corrections belong to a case when
    // the row they change does. Newest first: by updated, then by the item's own date, then by id.
    private const string EntriesSql = $"""
        WITH latest AS (
            SELECT table_name, row_id, MAX(corrected_on) AS corrected_on
            FROM corrections
            GROUP BY table_name, row_id
        ),
        entries AS (
            SELECT 'event' AS kind, e.id, e.title, e.summary, e.category, e.case_id,
                   e.occurred_on AS date, e.precision AS date_precision, {EventSort} AS sort_date,
                   COALESCE(l.corrected_on, d.as_of) AS updated_on, d.as_of AS published_on,
                   '/events/' || e.id AS href, NULL AS related_href
            FROM events e
            CROSS JOIN dataset d
            LEFT JOIN latest l ON l.table_name = 'events' AND l.row_id = e.id
            WHERE e.ruling_id IS NULL
            UNION ALL
            SELECT 'ruling', r.id, r.title, r.summary, 'court-ruling', r.case_id,
                   r.decided_on, r.decided_precision, {RulingSort},
                   COALESCE((SELECT MAX(l.corrected_on) FROM latest l
                             WHERE (l.table_name = 'rulings' AND l.row_id = r.id)
                                OR (l.table_name = 'events' AND l.row_id IN (SELECT x.id FROM events x WHERE x.ruling_id = r.id))),
                            d.as_of),
                   d.as_of,
                   '/cases/' || r.case_id || '#' || r.id,
                   (SELECT '/events/' || x.id FROM events x WHERE x.ruling_id = r.id ORDER BY x.id LIMIT 1)
            FROM rulings r
            CROSS JOIN dataset d
            UNION ALL
            SELECT 'correction', k.id,
                   'Correction to ' || k.table_name || ' “' || k.row_id || '”, column ' || k.column_name,
                   'Changed from “' || COALESCE(k.old_value, '(empty)') || '” to “' || COALESCE(k.new_value, '(empty)') || '”. Why: ' || k.reason,
                   'correction',
                   CASE k.table_name
                       WHEN 'cases' THEN (SELECT x.id FROM cases x WHERE x.id = k.row_id)
                       WHEN 'events' THEN (SELECT x.case_id FROM events x WHERE x.id = k.row_id)
                       WHEN 'rulings' THEN (SELECT x.case_id FROM rulings x WHERE x.id = k.row_id)
                   END,
                   k.corrected_on, 'day', k.corrected_on,
                   k.corrected_on, k.corrected_on,
                   '/corrections#' || k.id,
                   {CorrectionQueries.RowHref}
            FROM corrections k
        )
        SELECT x.kind, x.id, x.title, x.summary, x.category, x.case_id, c.short_name AS case_short_name,
               x.date, x.date_precision, x.updated_on, x.published_on, x.href, x.related_href
        FROM entries x
        LEFT JOIN cases c ON c.id = x.case_id
        WHERE (@caseId IS NULL OR x.case_id = @caseId)
        ORDER BY x.updated_on DESC, x.sort_date DESC, x.id
        LIMIT @limit
        """;

    /// <summary>The newest entries, site-wide or for one case (<paramref name="caseId"/>).</summary>
    public async Task<IReadOnlyList<FeedEntry>> GetEntriesAsync(string? caseId = null, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<FeedEntry>(EntriesSql, new { caseId, limit })).ToList();
    }
}
