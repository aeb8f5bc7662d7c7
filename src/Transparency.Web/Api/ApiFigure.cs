using System.ComponentModel;
using Transparency.Data.Figures;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>A metric with every value reported for it, side by side.</summary>
public record ApiFigure
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    [Description("Exactly what the figure counts.")]
    public required string Definition { get; init; }
    [Description("What the number counts in (people, records, percent).")]
    public required string Unit { get; init; }
    [Description("Position among the headline figures on the overview (1 first); null for the others.")]
    public required long? HeadlineRank { get; init; }
    [Description("True for context figures (Medicaid, Social Security), kept apart from the IRS-ICE numbers.")]
    public required bool IsContext { get; init; }
    [Description("The fact's label, in the request's language: what it rests on and what the site links, computed by one rule from its basis and the best source it cites (the same words as on its page).")]
    public required string Sourcing { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("The tier of the best source cited: primary-document, official-record, original-reporting, republication or aggregator.")]
    public required string BestTier { get; init; }
    public required string? Note { get; init; }
    [Description("The preferred reported value as a number; null when it is not a number.")]
    public required double? PreferredValue { get; init; }
    [Description("The preferred value as the source wrote it.")]
    public required string PreferredText { get; init; }
    [ApiValues(ApiVocabulary.Qualifier)]
    [Description("Whether the preferred value is exact, approximate, a bound or derived.")]
    public required string PreferredQualifier { get; init; }
    [Description("How many values have been reported for this figure.")]
    public required long ValueCount { get; init; }
    [Description("Every reported value, the preferred one first.")]
    public required IReadOnlyList<ApiFigureValue> Values { get; init; }
    public required ApiLinks Links { get; init; }

    public static ApiFigure From(FigureSummary f, IEnumerable<FigureValue> values) => new()
    {
        Id = f.Id,
        Title = f.Title,
        Definition = f.Definition,
        Unit = f.Unit,
        HeadlineRank = f.HeadlineRank,
        IsContext = f.IsContext,
        Sourcing = f.Sourcing, BestTier = Vocabulary.Text(f.BestTier),
        Note = f.Note,
        PreferredValue = f.PreferredValue,
        PreferredText = f.PreferredText,
        PreferredQualifier = Vocabulary.Text(f.PreferredQualifier),
        ValueCount = f.ValueCount,
        Values = values.Select(ApiFigureValue.From).ToList(),
        Links = new() { Self = ApiRoutes.Figure(f.Id), Html = $"/figures/{f.Id}" },
    };
}
