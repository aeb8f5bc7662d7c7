using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Transparency.Data.Figures;

namespace Transparency.Web.Api;

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
