using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Transparency.Data.Figures;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>One reported value of a metric: who said it, when, what it counts, and whether it is the preferred one.</summary>
public sealed record ApiFigureValue
{
    public required string Id { get; init; }
    public required string FigureId { get; init; }
    [Description("The number; null when the source gave none.")]
    public required double? Value { get; init; }
    [Description("The value as the source wrote it.")]
    public required string ValueText { get; init; }
    [ApiValues(ApiVocabulary.Qualifier)]
    [Description("Whether the value is exact, approximate, a bound, or derived from other numbers.")]
    public required string Qualifier { get; init; }
    [Description("The date the value describes: ISO 8601 at `as_of_precision`; null when the source does not say.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? AsOf { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string? AsOfPrecision { get; init; }
    [Description("Who reported the value (a court, an agency, a newspaper and its sources).")]
    public required string StatedBy { get; init; }
    [Description("What exactly this value counts; look-alike numbers often count different things.")]
    public required string CountsWhat { get; init; }
    [Description("True for the one value per figure chosen by the written rule in the methodology.")]
    public required bool IsPreferred { get; init; }
    [Description("The fact's label, in the request's language: what it rests on and what the site links, computed by one rule from its basis and the best source it cites (the same words as on its page).")]
    public required string Sourcing { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("The tier of the best source cited: primary-document, official-record, original-reporting, republication or aggregator.")]
    public required string BestTier { get; init; }
    public required string? Note { get; init; }
    public required IReadOnlyList<ApiCitation> Sources { get; init; }

    public static ApiFigureValue From(FigureValue v) => new()
    {
        Id = v.Id,
        FigureId = v.FigureId,
        Value = v.Value,
        ValueText = v.ValueText,
        Qualifier = Vocabulary.Text(v.Qualifier),
        AsOf = v.AsOf?.ToString(),
        AsOfPrecision = Vocabulary.Text(v.AsOf?.Precision),
        StatedBy = v.StatedBy,
        CountsWhat = v.CountsWhat,
        IsPreferred = v.IsPreferred,
        Sourcing = v.Sourcing, BestTier = Vocabulary.Text(v.BestTier),
        Note = v.Note,
        Sources = ApiCitation.From(v.Sources),
    };
}
