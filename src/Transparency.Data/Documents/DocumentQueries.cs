using Dapper;
using Microsoft.Data.Sqlite;
using Transparency.Data.Cases;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Documents;

/// <summary>
/// A primary document the facts rest on: what it is, where it was filed, the reference the sources give it,
/// the fact it records, and whether any source we could reach holds a copy.
/// </summary>
public sealed record DocumentEntry
{
    public required string Id { get; init; }
    public required DocumentKind Kind { get; init; }
    public required string Title { get; init; }
    public string? CaseId { get; init; }
    public string? CaseShortName { get; init; }
    public string? DocketId { get; init; }

    /// <summary>The docket it was filed on, with the court and the CourtListener docket search; null when not known.</summary>
    public Docket? Docket { get; init; }

    /// <summary>The document's date at its precision; null when no source gives it.</summary>
    public PartialDate? DatedOn { get; init; }
    public long? Pages { get; init; }

    /// <summary>The reference exactly as a source writes it (<c>Dkt. 28</c>), and that source.</summary>
    public string? Reference { get; init; }
    public string? ReferenceSourceId { get; init; }
    public string? ReferenceSourceLabel { get; init; }
    public string? ReferenceSourceUrl { get; init; }

    /// <summary>The source that links the document or the court's record of it; null when it is referenced, not stored.</summary>
    public string? SourceId { get; init; }
    public string? SourceLabel { get; init; }
    public string? SourceUrl { get; init; }

    /// <summary>That source's tier (the court's record, or an official copy such as a CRS report's mirror).</summary>
    public SourceTier? SourceTier { get; init; }

    public string? RulingId { get; init; }
    public string? RulingTitle { get; init; }
    public string? RulingCaseId { get; init; }
    public string? EventId { get; init; }
    public string? EventTitle { get; init; }
    public string? Note { get; init; }

    /// <summary>The sources cited for the fact the document records (its ruling, else its event), best tier first.</summary>
    public IReadOnlyList<SourceRef> FactSources { get; init; } = [];

    /// <summary>True when no source we could reach holds a copy: the sources only describe it.</summary>
    public bool ReferencedNotStored => SourceId is null;
}

/// <summary>One page of documents and how many there are.</summary>
public sealed record DocumentPage
{
    public required IReadOnlyList<DocumentEntry> Documents { get; init; }
    public required long Total { get; init; }
}

public sealed class DocumentQueries(Database database)
{
    // Documents are few (a few dozen, thousands in a synthetic set), so a page walks documents_by_order with
    // OFFSET instead of a build-time position list; every join is by primary key.
    private const string PageSql = """
        SELECT d.id, d.kind, localized(@es, d.title, d.title_es) AS title, d.case_id, c.short_name AS case_short_name, d.docket_id,
               d.dated_on, d.pages, d.reference, d.reference_source_id, rs.label AS reference_source_label, rs.url AS reference_source_url,
               d.source_id, s.label AS source_label, s.url AS source_url, s.tier AS source_tier,
               d.ruling_id, localized(@es, r.title, r.title_es) AS ruling_title, r.case_id AS ruling_case_id,
               d.event_id, localized(@es, e.title, e.title_es) AS event_title,
               localized(@es, d.note, d.note_es) AS note
        FROM documents d
        LEFT JOIN cases c ON c.id = d.case_id
        LEFT JOIN sources rs ON rs.id = d.reference_source_id
        LEFT JOIN sources s ON s.id = d.source_id
        LEFT JOIN rulings r ON r.id = d.ruling_id
        LEFT JOIN events e ON e.id = d.event_id
        ORDER BY d.sort_order, d.id
        LIMIT @limit OFFSET @offset
        """;

    // The same docket row CaseQueries reads, so the CourtListener search is Docket's one rule.
    private const string DocketsSql = $"""
        {CaseQueries.DocketSelect}
        WHERE d.id IN @ids
        """;

    // Counted by the builder, not per request.
    private const string CountSql = "SELECT rows FROM build_inputs WHERE file_name = 'documents.csv'";

    /// <summary>One page (1-based) of documents in their editorial order, each with its docket and the sources of the fact it records.</summary>
    public async Task<DocumentPage> GetPageAsync(int page, int pageSize, Language language = Language.En, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var es = language == Language.Es;
        var offset = (long)(Math.Max(1, page) - 1) * pageSize;
        var documents = (await connection.QueryAsync<DocumentEntry>(PageSql, new { es, limit = pageSize, offset })).ToList();
        var total = await connection.ExecuteScalarAsync<long>(CountSql);
        return new DocumentPage { Documents = await CompleteAsync(connection, documents, es), Total = total };
    }

    private static async Task<IReadOnlyList<DocumentEntry>> CompleteAsync(SqliteConnection connection, List<DocumentEntry> documents, bool es)
    {
        if (documents.Count == 0)
        {
            return documents;
        }
        var docketIds = documents.Select(d => d.DocketId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var dockets = docketIds.Count == 0
            ? new Dictionary<string, Docket>(StringComparer.Ordinal)
            : (await connection.QueryAsync<Docket>(DocketsSql, new { ids = docketIds, es })).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var rulingSources = await Citations.ForAsync(connection, Citations.Subject.Ruling, documents.Select(d => d.RulingId).OfType<string>().Distinct(StringComparer.Ordinal).ToList());
        var eventSources = await Citations.ForAsync(connection, Citations.Subject.Event, documents.Where(d => d.RulingId is null).Select(d => d.EventId).OfType<string>().Distinct(StringComparer.Ordinal).ToList());
        return documents.Select(d => d with
        {
            Docket = d.DocketId is null ? null : dockets.GetValueOrDefault(d.DocketId),
            FactSources = d.RulingId is { } ruling ? rulingSources[ruling].ToList() : d.EventId is { } ev ? eventSources[ev].ToList() : [],
        }).ToList();
    }
}
