using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Transparency.Data.Requests;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>
/// One request for taxpayer data and what came of it. The counts are the preferred values of the
/// figures named beside them; every reported value is under /api/v1/figures/{id}.
/// </summary>
public sealed record ApiRequestBatch
{
    public required string Id { get; init; }
    [Description("A short human-readable description of the request.")]
    public required string Label { get; init; }
    [Description("The agency that asked.")]
    public required string RequesterId { get; init; }
    [Description("Its abbreviation (ICE, DHS, ...).")]
    public required string Requester { get; init; }
    [Description("The agency asked.")]
    public required string RecipientId { get; init; }
    [Description("Its abbreviation.")]
    public required string Recipient { get; init; }
    [Description("When the request was made: ISO 8601 at `requested_precision`.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string RequestedOn { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string RequestedPrecision { get; init; }
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? RequestedOnAlt { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string? RequestedAltPrecision { get; init; }
    public required string? DateNote { get; init; }
    [Description("The figure counting what was requested; all its reported values are at `/api/v1/figures/{id}`.")]
    public required string RequestedFigureId { get; init; }
    [Description("The preferred value of that figure; null when no number was reported.")]
    public required double? RequestedValue { get; init; }
    [Description("That value as the source wrote it (for example \"~7.3 million\").")]
    public required string RequestedText { get; init; }
    [Description("What the number counts in (people, records, addresses).")]
    public required string RequestedUnit { get; init; }
    [Description("The figure counting what was handed over; null when nothing is reported disclosed.")]
    public required string? DisclosedFigureId { get; init; }
    [Description("The preferred value of that figure; null when none was reported (never 0 for \"unknown\").")]
    public required double? DisclosedValue { get; init; }
    [Description("That value as the source wrote it; null when none.")]
    public required string? DisclosedText { get; init; }
    [Description("When the data was handed over: ISO 8601 at `disclosed_precision`; null when not reported.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? DisclosedOn { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string? DisclosedPrecision { get; init; }
    [ApiValues(ApiVocabulary.RequestOutcome)]
    public required string Outcome { get; init; }
    public required string OutcomeSummary { get; init; }
    [Description("The fact's label, in the request's language: what it rests on and what the site links, computed by one rule from its basis and the best source it cites (the same words as on its page).")]
    public required string Sourcing { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("The tier of the best source cited: primary-document, official-record, original-reporting, republication or aggregator.")]
    public required string BestTier { get; init; }
    public required IReadOnlyList<ApiCitation> Sources { get; init; }
    public required ApiLinks Links { get; init; }

    public static ApiRequestBatch From(RequestBatch b) => new()
    {
        Id = b.Id,
        Label = b.Label,
        RequesterId = b.RequesterId,
        Requester = b.Requester,
        RecipientId = b.RecipientId,
        Recipient = b.Recipient,
        RequestedOn = b.RequestedOn.ToString(),
        RequestedPrecision = Vocabulary.Text(b.RequestedOn.Precision),
        RequestedOnAlt = b.RequestedOnAlt?.ToString(),
        RequestedAltPrecision = Vocabulary.Text(b.RequestedOnAlt?.Precision),
        DateNote = b.DateNote,
        RequestedFigureId = b.RequestedFigureId,
        RequestedValue = b.Requested,
        RequestedText = b.RequestedText,
        RequestedUnit = b.RequestedUnit,
        DisclosedFigureId = b.DisclosedFigureId,
        DisclosedValue = b.Disclosed,
        DisclosedText = b.DisclosedText,
        DisclosedOn = b.DisclosedOn?.ToString(),
        DisclosedPrecision = Vocabulary.Text(b.DisclosedOn?.Precision),
        Outcome = Vocabulary.Text(b.Outcome),
        OutcomeSummary = b.OutcomeSummary,
        Sourcing = b.Sourcing, BestTier = Vocabulary.Text(b.BestTier),
        Sources = ApiCitation.From(b.Sources),
        Links = new() { Self = ApiRoutes.Request(b.Id), Html = $"/requests#{b.Id}" },
    };
}
