using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Transparency.Data.Cases;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>A court decision (order, opinion, injunction) in a case.</summary>
public sealed record ApiRuling
{
    public required string Id { get; init; }
    public required string CaseId { get; init; }
    [Description("When the ruling was issued: ISO 8601 at `decided_precision`.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string DecidedOn { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string DecidedPrecision { get; init; }
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? DecidedOnAlt { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string? DecidedAltPrecision { get; init; }
    public required string? DateNote { get; init; }
    public required string Court { get; init; }
    public required string Judges { get; init; }
    [ApiValues(ApiVocabulary.RulingKind)]
    public required string Kind { get; init; }
    [ApiValues(ApiVocabulary.RulingOutcome)]
    public required string Outcome { get; init; }
    [ApiValues(ApiVocabulary.RulingEffect)]
    [Description("What the ruling did to the data sharing, as its sources describe it: allowed (let it go on), blocked (blocked or limited it), found-unlawful (found that disclosures already made broke the law) or procedural.")]
    public required string Effect { get; init; }
    [Description("Length of the ruling in pages; null when not known.")]
    public required long? Pages { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    [Description("A short quotation from the ruling; null when none is given.")]
    public required string? Quote { get; init; }
    [Description("The source the quotation is taken from; null when there is no quotation.")]
    public required string? QuoteSourceId { get; init; }
    [Description("The fact's label, in the request's language: what it rests on and what the site links, computed by one rule from its basis and the best source it cites (the same words as on its page).")]
    public required string Sourcing { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("The tier of the best source cited: primary-document, official-record, original-reporting, republication or aggregator.")]
    public required string BestTier { get; init; }
    public required IReadOnlyList<ApiCitation> Sources { get; init; }

    public static ApiRuling From(Ruling r) => new()
    {
        Id = r.Id,
        CaseId = r.CaseId,
        DecidedOn = r.DecidedOn.ToString(),
        DecidedPrecision = Vocabulary.Text(r.DecidedOn.Precision),
        DecidedOnAlt = r.DecidedOnAlt?.ToString(),
        DecidedAltPrecision = Vocabulary.Text(r.DecidedOnAlt?.Precision),
        DateNote = r.DateNote,
        Court = r.Court,
        Judges = r.Judges,
        Kind = Vocabulary.Text(r.Kind),
        Outcome = Vocabulary.Text(r.Outcome),
        Effect = Vocabulary.Text(r.Effect),
        Pages = r.Pages,
        Title = r.Title,
        Summary = r.Summary,
        Quote = r.Quote,
        QuoteSourceId = r.QuoteSourceId,
        Sourcing = r.Sourcing, BestTier = Vocabulary.Text(r.BestTier),
        Sources = ApiCitation.From(r.Sources),
    };
}
