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
    [Description("Docket numbers, court by court.")]
    public required string Dockets { get; init; }
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
    [ApiValues(ApiVocabulary.Confidence)]
    public required string Confidence { get; init; }
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
        Dockets = c.Dockets,
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
        Confidence = Vocabulary.Text(c.Confidence),
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
