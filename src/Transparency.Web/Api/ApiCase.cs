using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Transparency.Data.Cases;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>A lawsuit with its rulings in date order.</summary>
public sealed record ApiCase
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    [Description("The name used in running text and charts.")]
    public required string ShortName { get; init; }
    public required string Court { get; init; }
    [Description("Docket numbers, court by court, each with the source that gives it and a CourtListener docket search.")]
    public required IReadOnlyList<ApiDocket> Dockets { get; init; }
    public required string Judges { get; init; }
    public required string Plaintiffs { get; init; }
    public required string Defendants { get; init; }
    [Description("Counsel named in the sources; null when none was found.")]
    public required string? Counsel { get; init; }
    [Description("When the case was filed: ISO 8601 at `filed_precision`.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string FiledOn { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string FiledPrecision { get; init; }
    [Description("A different filing date some sources give; null when the sources agree.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? FiledOnAlt { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string? FiledAltPrecision { get; init; }
    public required string? FiledNote { get; init; }
    [ApiValues(ApiVocabulary.CaseStatus)]
    [Description("Where the case stands as of the dataset's `as_of` date.")]
    public required string Status { get; init; }
    public required string StatusSummary { get; init; }
    public required string Summary { get; init; }
    [Description("True for cases that are not about IRS data, kept for context.")]
    public required bool IsContext { get; init; }
    [Description("The fact's label, in the request's language: what it rests on and what the site links, computed by one rule from its basis and the best source it cites (the same words as on its page).")]
    public required string Sourcing { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("The tier of the best source cited: primary-document, official-record, original-reporting, republication or aggregator.")]
    public required string BestTier { get; init; }
    public required IReadOnlyList<ApiCitation> Sources { get; init; }
    [Description("The case's rulings, oldest first.")]
    public required IReadOnlyList<ApiRuling> Rulings { get; init; }
    public required ApiCaseLinks Links { get; init; }

    public static ApiCase From(CaseSummary c, IEnumerable<Ruling> rulings) => new()
    {
        Id = c.Id,
        Name = c.Name,
        ShortName = c.ShortName,
        Court = c.Court,
        Dockets = c.Dockets.Select(ApiDocket.From).ToList(),
        Judges = c.Judges,
        Plaintiffs = c.Plaintiffs,
        Defendants = c.Defendants,
        Counsel = c.Counsel,
        FiledOn = c.FiledOn.ToString(),
        FiledPrecision = Vocabulary.Text(c.FiledOn.Precision),
        FiledOnAlt = c.FiledOnAlt?.ToString(),
        FiledAltPrecision = Vocabulary.Text(c.FiledOnAlt?.Precision),
        FiledNote = c.FiledNote,
        Status = Vocabulary.Text(c.Status),
        StatusSummary = c.StatusSummary,
        Summary = c.Summary,
        IsContext = c.IsContext,
        Sourcing = c.Sourcing, BestTier = Vocabulary.Text(c.BestTier),
        Sources = ApiCitation.From(c.Sources),
        Rulings = rulings.Select(ApiRuling.From).ToList(),
        Links = new() { Self = ApiRoutes.Case(c.Id), Html = $"/cases/{c.Id}", Events = ApiRoutes.EventsOfCase(c.Id) },
    };
}

public sealed record ApiCaseLinks
{
    public required string Self { get; init; }
    public required string Html { get; init; }
    [Description("The case's timeline events.")]
    public required string Events { get; init; }
}

/// <summary>A docket number of a case.</summary>
public sealed record ApiDocket
{
    public required string Court { get; init; }
    [Description("The number as sources write it, e.g. 1:25-cv-00457.")]
    public required string Number { get; init; }
    [Description("The source that gives the number.")]
    public required string SourceId { get; init; }
    [Description("A docket page the site links (a court-record page such as the Civil Rights Litigation Clearinghouse's); null when none was found.")]
    public required string? RecordUrl { get; init; }
    [Description("A docket search on CourtListener for this number in this court (a search, not a document address).")]
    public required string CourtListenerSearch { get; init; }

    public static ApiDocket From(Docket d) => new()
    {
        Court = d.Court,
        Number = d.Number,
        SourceId = d.SourceId,
        RecordUrl = d.RecordUrl,
        CourtListenerSearch = d.CourtListenerSearchUrl,
    };
}
