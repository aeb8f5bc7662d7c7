using Transparency.Data.Cases;

namespace Transparency.Web.Api;

/// <summary>A lawsuit with its rulings in date order.</summary>
public sealed record ApiCase
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Court { get; init; }
    public required string Dockets { get; init; }
    public required string Judges { get; init; }
    public required string Plaintiffs { get; init; }
    public required string Defendants { get; init; }
    public required string? Counsel { get; init; }
    public required string FiledOn { get; init; }
    public required string FiledPrecision { get; init; }
    public required string? FiledOnAlt { get; init; }
    public required string? FiledAltPrecision { get; init; }
    public required string? FiledNote { get; init; }
    public required string Status { get; init; }
    public required string StatusSummary { get; init; }
    public required string Summary { get; init; }
    public required bool IsContext { get; init; }
    public required string Confidence { get; init; }
    public required IReadOnlyList<ApiCitation> Sources { get; init; }
    public required IReadOnlyList<ApiRuling> Rulings { get; init; }
    public required ApiCaseLinks Links { get; init; }

    public static ApiCase From(CaseSummary c, IEnumerable<Ruling> rulings) => new()
    {
        Id = c.Id,
        Name = c.Name,
        ShortName = c.ShortName,
        Court = c.Court,
        Dockets = c.Dockets,
        Judges = c.Judges,
        Plaintiffs = c.Plaintiffs,
        Defendants = c.Defendants,
        Counsel = c.Counsel,
        FiledOn = c.FiledOn,
        FiledPrecision = c.FiledPrecision,
        FiledOnAlt = c.FiledOnAlt,
        FiledAltPrecision = c.FiledAltPrecision,
        FiledNote = c.FiledNote,
        Status = c.Status,
        StatusSummary = c.StatusSummary,
        Summary = c.Summary,
        IsContext = c.IsContext,
        Confidence = c.Confidence,
        Sources = ApiCitation.From(c.Sources),
        Rulings = rulings.Select(ApiRuling.From).ToList(),
        Links = new() { Self = ApiRoutes.Case(c.Id), Html = $"/cases/{c.Id}", Events = ApiRoutes.EventsOfCase(c.Id) },
    };
}

public sealed record ApiCaseLinks
{
    public required string Self { get; init; }
    public required string Html { get; init; }
    public required string Events { get; init; }
}

/// <summary>A court decision (order, opinion, injunction) in a case.</summary>
public sealed record ApiRuling
{
    public required string Id { get; init; }
    public required string CaseId { get; init; }
    public required string DecidedOn { get; init; }
    public required string DecidedPrecision { get; init; }
    public required string? DecidedOnAlt { get; init; }
    public required string? DecidedAltPrecision { get; init; }
    public required string? DateNote { get; init; }
    public required string Court { get; init; }
    public required string Judges { get; init; }
    public required string Kind { get; init; }
    public required string Outcome { get; init; }
    public required long? Pages { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string? Quote { get; init; }
    public required string? QuoteSourceId { get; init; }
    public required string Confidence { get; init; }
    public required IReadOnlyList<ApiCitation> Sources { get; init; }

    public static ApiRuling From(Ruling r) => new()
    {
        Id = r.Id,
        CaseId = r.CaseId,
        DecidedOn = r.DecidedOn,
        DecidedPrecision = r.DecidedPrecision,
        DecidedOnAlt = r.DecidedOnAlt,
        DecidedAltPrecision = r.DecidedAltPrecision,
        DateNote = r.DateNote,
        Court = r.Court,
        Judges = r.Judges,
        Kind = r.Kind,
        Outcome = r.Outcome,
        Pages = r.Pages,
        Title = r.Title,
        Summary = r.Summary,
        Quote = r.Quote,
        QuoteSourceId = r.QuoteSourceId,
        Confidence = r.Confidence,
        Sources = ApiCitation.From(r.Sources),
    };
}
