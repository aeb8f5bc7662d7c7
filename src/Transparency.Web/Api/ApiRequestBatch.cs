using Transparency.Data.Requests;

namespace Transparency.Web.Api;

/// <summary>
/// One request for taxpayer data and what came of it. The counts are the preferred values of the
/// figures named beside them; every reported value is under /api/v1/figures/{id}.
/// </summary>
public sealed record ApiRequestBatch
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string RequesterId { get; init; }
    public required string Requester { get; init; }
    public required string RecipientId { get; init; }
    public required string Recipient { get; init; }
    public required string RequestedOn { get; init; }
    public required string RequestedPrecision { get; init; }
    public required string? RequestedOnAlt { get; init; }
    public required string? RequestedAltPrecision { get; init; }
    public required string? DateNote { get; init; }
    public required string RequestedFigureId { get; init; }
    public required double? RequestedValue { get; init; }
    public required string RequestedText { get; init; }
    public required string RequestedUnit { get; init; }
    public required string? DisclosedFigureId { get; init; }
    public required double? DisclosedValue { get; init; }
    public required string? DisclosedText { get; init; }
    public required string? DisclosedOn { get; init; }
    public required string? DisclosedPrecision { get; init; }
    public required string Outcome { get; init; }
    public required string OutcomeSummary { get; init; }
    public required string Confidence { get; init; }
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
        RequestedOn = b.RequestedOn,
        RequestedPrecision = b.RequestedPrecision,
        RequestedOnAlt = b.RequestedOnAlt,
        RequestedAltPrecision = b.RequestedAltPrecision,
        DateNote = b.DateNote,
        RequestedFigureId = b.RequestedFigureId,
        RequestedValue = b.Requested,
        RequestedText = b.RequestedText,
        RequestedUnit = b.RequestedUnit,
        DisclosedFigureId = b.DisclosedFigureId,
        DisclosedValue = b.Disclosed,
        DisclosedText = b.DisclosedText,
        DisclosedOn = b.DisclosedOn,
        DisclosedPrecision = b.DisclosedPrecision,
        Outcome = b.Outcome,
        OutcomeSummary = b.OutcomeSummary,
        Confidence = b.Confidence,
        Sources = ApiCitation.From(b.Sources),
        Links = new() { Self = ApiRoutes.Request(b.Id), Html = $"/requests#{b.Id}" },
    };
}
