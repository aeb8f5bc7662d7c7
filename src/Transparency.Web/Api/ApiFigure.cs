using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Transparency.Data.Figures;

namespace Transparency.Web.Api;

/// <summary>A metric with every value reported for it, side by side.</summary>
public record ApiFigure
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Definition { get; init; }
    public required string Unit { get; init; }
    public required long? HeadlineRank { get; init; }
    public required bool IsContext { get; init; }
    public required string Confidence { get; init; }
    public required string? Note { get; init; }
    public required double? PreferredValue { get; init; }
    public required string PreferredText { get; init; }
    public required string PreferredQualifier { get; init; }
    public required long ValueCount { get; init; }
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
    public required double? Value { get; init; }
    public required string ValueText { get; init; }
    public required string Qualifier { get; init; }
    public required string? AsOf { get; init; }
    public required string? AsOfPrecision { get; init; }
    public required string StatedBy { get; init; }
    public required string CountsWhat { get; init; }
    public required bool IsPreferred { get; init; }
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
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public required string Date { get; init; }
    public required string Precision { get; init; }
    public required string Title { get; init; }
    public required string HtmlUrl { get; init; }
}
