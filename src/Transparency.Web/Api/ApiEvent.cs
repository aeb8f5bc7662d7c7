using Transparency.Data.Timeline;

namespace Transparency.Web.Api;

/// <summary>A timeline event; dates are ISO 8601 at the precision named beside them.</summary>
public sealed record ApiEvent
{
    public required string Id { get; init; }
    public required string OccurredOn { get; init; }
    public required string Precision { get; init; }
    public required string? OccurredOnAlt { get; init; }
    public required string? AltPrecision { get; init; }
    public required bool DateDerived { get; init; }
    public required string? DateNote { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Category { get; init; }
    public required string? CaseId { get; init; }
    public required string? RulingId { get; init; }
    public required string Actors { get; init; }
    public required bool IsContext { get; init; }
    public required string Confidence { get; init; }
    public required string? ConfidenceNote { get; init; }
    public required IReadOnlyList<ApiCitation> Sources { get; init; }
    public required ApiLinks Links { get; init; }

    public static ApiEvent From(TimelineEvent e) => new()
    {
        Id = e.Id,
        OccurredOn = e.OccurredOn,
        Precision = e.Precision,
        OccurredOnAlt = e.OccurredOnAlt,
        AltPrecision = e.AltPrecision,
        DateDerived = e.DateDerived,
        DateNote = e.DateNote,
        Title = e.Title,
        Summary = e.Summary,
        Category = e.Category,
        CaseId = e.CaseId,
        RulingId = e.RulingId,
        Actors = e.Actors,
        IsContext = e.IsContext,
        Confidence = e.Confidence,
        ConfidenceNote = e.ConfidenceNote,
        Sources = ApiCitation.From(e.Sources),
        Links = new() { Self = ApiRoutes.Event(e.Id), Html = $"/timeline#{e.Id}" },
    };
}
