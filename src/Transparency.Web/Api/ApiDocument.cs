using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Transparency.Data.Documents;
using Transparency.Data.Values;
using Transparency.Web.Components.Pages.Documents;

namespace Transparency.Web.Api;

/// <summary>A primary document the facts rest on (an opinion, order, transcript, report, agreement), and whether any source we could reach holds it.</summary>
public sealed record ApiDocument
{
    public required string Id { get; init; }
    [ApiValues(ApiVocabulary.DocumentKind)]
    public required string Kind { get; init; }
    [Description("What the document is, in plain words.")]
    public required string Title { get; init; }
    [Description("The case it was filed in; null for a document outside a case (a report, an agreement).")]
    public required string? CaseId { get; init; }
    [Description("The docket it was filed on (`dockets` in the data); null when the sources do not say, as are `court`, `docket_number` and `court_listener_search`.")]
    public required string? DocketId { get; init; }
    [Description("The court of that docket.")]
    public required string? Court { get; init; }
    [Description("The docket number as sources write it, e.g. 1:25-cv-00457.")]
    public required string? DocketNumber { get; init; }
    [Description("A docket search on CourtListener for this number in this court (a search, not a document address).")]
    public required string? CourtListenerSearch { get; init; }
    [Description("The document's date: ISO 8601 at `dated_precision`; null when no source gives it.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? DatedOn { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string? DatedPrecision { get; init; }
    [Description("Length in pages, where a source states it; null otherwise.")]
    public required long? Pages { get; init; }
    [Description("The reference exactly as a source writes it (e.g. `Dkt. 28`); null when none was seen.")]
    public required string? Reference { get; init; }
    [Description("The source where `reference` is written; null exactly when `reference` is.")]
    public required string? ReferenceSourceId { get; init; }
    [Description("True when a source holds the document or the court's record of it (`source_id`, `source_url`); false when it is referenced, not stored: no copy was found in the sources we could search.")]
    public required bool Stored { get; init; }
    [Description("The source that holds the document; null when it is referenced, not stored.")]
    public required string? SourceId { get; init; }
    public required string? SourceUrl { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("That source's tier; null when the document is referenced, not stored.")]
    public required string? SourceTier { get; init; }
    [Description("The ruling it records; null when none.")]
    public required string? RulingId { get; init; }
    [Description("The timeline event it records; null when none.")]
    public required string? EventId { get; init; }
    public required string? Note { get; init; }
    [Description("The sources cited for the fact it records (its ruling, else its event), best tier first.")]
    public required IReadOnlyList<ApiCitation> Sources { get; init; }
    public required ApiDocumentLinks Links { get; init; }

    /// <summary>The document at <paramref name="position"/> (1-based) in the documents' order.</summary>
    public static ApiDocument From(DocumentEntry d, long position) => new()
    {
        Id = d.Id,
        Kind = Vocabulary.Text(d.Kind),
        Title = d.Title,
        CaseId = d.CaseId,
        DocketId = d.Docket?.Id,
        Court = d.Docket?.Court,
        DocketNumber = d.Docket?.Number,
        CourtListenerSearch = d.Docket?.CourtListenerSearchUrl,
        DatedOn = d.DatedOn?.ToString(),
        DatedPrecision = Vocabulary.Text(d.DatedOn?.Precision),
        Pages = d.Pages,
        Reference = d.Reference,
        ReferenceSourceId = d.ReferenceSourceId,
        Stored = !d.ReferencedNotStored,
        SourceId = d.SourceId,
        SourceUrl = d.SourceUrl,
        SourceTier = Vocabulary.Text(d.SourceTier),
        RulingId = d.RulingId,
        EventId = d.EventId,
        Note = d.Note,
        Sources = ApiCitation.From(d.FactSources),
        Links = new()
        {
            Html = DocumentsPage.Href(d.Id, position),
            Case = d.CaseId is null ? null : ApiRoutes.Case(d.CaseId),
            Event = d.EventId is null ? null : ApiRoutes.Event(d.EventId),
        },
    };
}

public sealed record ApiDocumentLinks
{
    [Description("The document on the human-readable /documents page.")]
    public required string Html { get; init; }
    [Description("Its case (with the ruling it records, if any); null outside a case.")]
    public required string? Case { get; init; }
    [Description("The timeline event it records; null when none.")]
    public required string? Event { get; init; }
}
