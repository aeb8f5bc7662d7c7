using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Transparency.Data.Figures;

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
    [ApiValues(ApiVocabulary.Confidence)]
    public required string Confidence { get; init; }
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
        Confidence = f.Confidence,
        Note = f.Note,
        PreferredValue = f.PreferredValue,
        PreferredText = f.PreferredText,
        PreferredQualifier = f.PreferredQualifier,
        ValueCount = f.ValueCount,
        Values = values.Select(ApiFigureValue.From).ToList(),
        Links = new() { Self = ApiRoutes.Figure(f.Id), Html = $"/figures/{f.Id}" },
    };
}

/// <summary>A figure as listed, plus the events and rulings that mention it.</summary>
public sealed record ApiFigureDetail : ApiFigure
{
    // After the inherited properties, which System.Text.Json would otherwise write second.
    [JsonPropertyOrder(1)]
    [Description("Events and rulings that mention this figure, oldest first.")]
    public required IReadOnlyList<ApiMention> Mentions { get; init; }

    [SetsRequiredMembers]
    private ApiFigureDetail(ApiFigure figure, IReadOnlyList<ApiMention> mentions)
        : base(figure)
    {
        Mentions = mentions;
    }

    public static ApiFigureDetail From(FigureDetail detail) => new(
        From(detail.Figure, detail.Values),
        detail.Mentions.Select(m => new ApiMention
        {
            Kind = m.Kind,
            Id = m.Id,
            Date = m.Date,
            Precision = m.Precision,
            Title = m.Title,
            HtmlUrl = m.Href,
        }).ToList());
}

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
    [ApiValues(ApiVocabulary.Confidence)]
    public required string Confidence { get; init; }
    public required string? Note { get; init; }
    public required IReadOnlyList<ApiCitation> Sources { get; init; }

    public static ApiFigureValue From(FigureValue v) => new()
    {
        Id = v.Id,
        FigureId = v.FigureId,
        Value = v.Value,
        ValueText = v.ValueText,
        Qualifier = v.Qualifier,
        AsOf = v.AsOf,
        AsOfPrecision = v.AsOfPrecision,
        StatedBy = v.StatedBy,
        CountsWhat = v.CountsWhat,
        IsPreferred = v.IsPreferred,
        Confidence = v.Confidence,
        Note = v.Note,
        Sources = ApiCitation.From(v.Sources),
    };
}

/// <summary>An event or ruling that mentions a figure.</summary>
public sealed record ApiMention
{
    [ApiValues(ApiVocabulary.MentionKind)]
    public required string Kind { get; init; }
    public required string Id { get; init; }
    [Description("ISO 8601 at `precision`.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string Date { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string Precision { get; init; }
    public required string Title { get; init; }
    [Description("Where it is shown on the site.")]
    public required string HtmlUrl { get; init; }
}
