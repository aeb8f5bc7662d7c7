using Dapper;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Requests;

/// <summary>One request for taxpayer data and what came of it, with the preferred reported counts.</summary>
public sealed record RequestBatch
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string RequesterId { get; init; }
    public required string Requester { get; init; }
    public required string RecipientId { get; init; }
    public required string Recipient { get; init; }
    public required PartialDate RequestedOn { get; init; }
    public PartialDate? RequestedOnAlt { get; init; }
    public string? DateNote { get; init; }
    public required string RequestedFigureId { get; init; }
    public double? Requested { get; init; }
    public required string RequestedText { get; init; }
    public required string RequestedUnit { get; init; }
    public string? DisclosedFigureId { get; init; }
    public double? Disclosed { get; init; }
    public string? DisclosedText { get; init; }
    public PartialDate? DisclosedOn { get; init; }
    public required RequestOutcome Outcome { get; init; }
    public required string OutcomeSummary { get; init; }
    /// <summary>The fact's label (FactLabel's rule, in the query's language) and the tier of its best source.</summary>
    public required string Sourcing { get; init; }
    public required SourceTier BestTier { get; init; }
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}

public sealed class RequestQueries(Database database)
{
    // Also the start of the /requests.csv|json export (ViewStreams.RequestsSql): one column list for both.
    internal const string BatchColumns = $$"""
        SELECT b.id, localized(@es, b.label, b.label_es) AS label, b.requester_id, rq.abbreviation AS requester, b.recipient_id, rc.abbreviation AS recipient,
               b.requested_on, b.requested_precision, b.requested_on_alt, b.requested_alt_precision, localized(@es, b.date_note, b.date_note_es) AS date_note,
               b.requested_figure_id, rv.value AS requested, localized(@es, rv.value_text, rv.value_text_es) AS requested_text, localized(@es, rf.unit, rf.unit_es) AS requested_unit,
               b.disclosed_figure_id, dv.value AS disclosed, localized(@es, dv.value_text, dv.value_text_es) AS disclosed_text,
               b.disclosed_on, b.disclosed_precision, b.outcome, localized(@es, b.outcome_summary, b.outcome_summary_es) AS outcome_summary, {{FactLabelSql.RequestBatch}}
        FROM request_batches b
        JOIN agencies rq ON rq.id = b.requester_id
        JOIN agencies rc ON rc.id = b.recipient_id
        JOIN figures rf ON rf.id = b.requested_figure_id
        JOIN figure_values rv ON rv.figure_id = b.requested_figure_id AND rv.is_preferred = 1
        LEFT JOIN figure_values dv ON dv.figure_id = b.disclosed_figure_id AND dv.is_preferred = 1
        """;

    // A page is two statements: its ids, a range of build-time positions (list_positions: the whole list, or
    // one requester's with key = requester_id) read through its primary key, so the last page costs what the
    // first does; then those rows joined.
    private const string PageIdsSql = """
        SELECT b.id FROM list_positions p CROSS JOIN request_batches b ON b.rowid = p.item_rowid
        WHERE p.list = 'request_batches' AND p.key = @key AND p.position BETWEEN @first AND @last
        ORDER BY p.position
        """;

    private const string BatchesSql = $"{BatchColumns} WHERE b.id IN @ids ORDER BY b.sort_order, b.id";

    private const string BatchSql = $"{BatchColumns} WHERE b.id = @id";

    // Counted by the builder, not per request.
    private const string CountSql = "SELECT rows FROM build_inputs WHERE file_name = 'request_batches.csv'";

    /// <summary>One page (1-based) of request batches in their editorial order, optionally of one requester.</summary>
    public async Task<IReadOnlyList<RequestBatch>> GetBatchesAsync(string? requester = null, Language language = Language.En, int page = 1, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var (first, last) = ListPositions.Range(page, pageSize);
        var ids = (await connection.QueryAsync<string>(PageIdsSql, new { key = requester ?? "", first, last })).ToList();
        var batches = ids.Count == 0 ? [] : (await connection.QueryAsync<RequestBatch>(BatchesSql, new { ids, es = language == Language.Es })).ToList();
        var sources = await Citations.ForAsync(connection, Citations.Subject.RequestBatch, batches.Select(b => b.Id).ToList());
        return batches.Select(b => b with { Sources = sources[b.Id].ToList() }).ToList();
    }

    /// <summary>How many request batches there are (recorded at build time).</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(CountSql);
    }

    /// <summary>One request batch by its id, with its sources; null when there is no such batch.</summary>
    public async Task<RequestBatch?> GetBatchAsync(string id, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<RequestBatch>(BatchSql, new { id, es = language == Language.Es });
        if (found is null)
        {
            return null;
        }
        var sources = await Citations.ForAsync(connection, Citations.Subject.RequestBatch, [id]);
        return found with { Sources = sources[id].ToList() };
    }
}
