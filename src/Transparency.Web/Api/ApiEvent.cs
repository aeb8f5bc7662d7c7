using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Transparency.Data.Timeline;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>A timeline event; dates are ISO 8601 at the precision named beside them.</summary>
public sealed record ApiEvent
{
    [Description("Stable slug, starting with the date.")]
    public required string Id { get; init; }
    [Description("When it happened: ISO 8601 at `precision` (YYYY-MM-DD, YYYY-MM or YYYY).")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string OccurredOn { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    [Description("How precise `occurred_on` is.")]
    public required string Precision { get; init; }
    [Description("A different date some sources give, at `alt_precision`; null when the sources agree.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? OccurredOnAlt { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    [Description("How precise `occurred_on_alt` is; null when there is no alternative date.")]
    public required string? AltPrecision { get; init; }
    [Description("True when the date was worked out (for example from \"last week\" in a dated article) rather than stated.")]
    public required bool DateDerived { get; init; }
    [Description("Why the date is uncertain or where it comes from; null when there is nothing to add.")]
    public required string? DateNote { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    [ApiValues(ApiVocabulary.EventCategory)]
    public required string Category { get; init; }
    [Description("The case this event belongs to (`/api/v1/cases/{id}`); null when none.")]
    public required string? CaseId { get; init; }
    [Description("The ruling this event reports (listed under its case); null when none.")]
    public required string? RulingId { get; init; }
    [Description("Who acted, as the sources name them.")]
    public required string Actors { get; init; }
    [Description("True for context items (Medicaid, Social Security) that are not part of the IRS-ICE story.")]
    public required bool IsContext { get; init; }
    [Description("The fact's label, in the request's language: what it rests on and what the site links, computed by one rule from its basis and the best source it cites (the same words as on its page).")]
    public required string Sourcing { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("The tier of the best source cited: primary-document, official-record, original-reporting, republication or aggregator.")]
    public required string BestTier { get; init; }
    [Description("What a reader should know about the event (a disputed date, an unverified detail); null when nothing.")]
    public required string? Caveat { get; init; }
    [Description("Every public source cited for this event.")]
    public required IReadOnlyList<ApiCitation> Sources { get; init; }
    public required ApiLinks Links { get; init; }

    public static ApiEvent From(TimelineEvent e) => new()
    {
        Id = e.Id,
        OccurredOn = e.OccurredOn.ToString(),
        Precision = Vocabulary.Text(e.OccurredOn.Precision),
        OccurredOnAlt = e.OccurredOnAlt?.ToString(),
        AltPrecision = Vocabulary.Text(e.OccurredOnAlt?.Precision),
        DateDerived = e.DateDerived,
        DateNote = e.DateNote,
        Title = e.Title,
        Summary = e.Summary,
        Category = Vocabulary.Text(e.Category),
        CaseId = e.CaseId,
        RulingId = e.RulingId,
        Actors = e.Actors,
        IsContext = e.IsContext,
        Sourcing = e.Sourcing, BestTier = Vocabulary.Text(e.BestTier),
        Caveat = e.Caveat,
        Sources = ApiCitation.From(e.Sources),
        Links = new() { Self = ApiRoutes.Event(e.Id), Html = $"/events/{e.Id}" },
    };
}
