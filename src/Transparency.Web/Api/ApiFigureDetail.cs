using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Transparency.Data.Figures;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>A figure as listed, plus the events and rulings that mention it.</summary>
public sealed record ApiFigureDetail : ApiFigure
{
    // After the inherited properties, which System.Text.Json would otherwise write second.
    [JsonPropertyOrder(1)]
    [Description("One page of the events and rulings that mention this figure, oldest first (`page` and `page_size` choose it).")]
    public required IReadOnlyList<ApiMention> Mentions { get; init; }

    [JsonPropertyOrder(1)]
    [Description("How many events and rulings mention this figure, on all pages of `mentions`.")]
    public required long MentionsTotal { get; init; }

    [JsonPropertyOrder(1)]
    [Description("The next page of `mentions`; null when this is the last.")]
    public required string? MentionsNext { get; init; }

    [SetsRequiredMembers]
    private ApiFigureDetail(ApiFigure figure, IReadOnlyList<ApiMention> mentions, long total, string? next)
        : base(figure)
    {
        Mentions = mentions;
        MentionsTotal = total;
        MentionsNext = next;
    }

    /// <summary>The figure with <paramref name="page"/> of its mentions at <paramref name="pageSize"/> per page.</summary>
    public static ApiFigureDetail From(FigureDetail detail, int page, int pageSize) => new(
        From(detail.Figure, detail.Values),
        detail.Mentions.Select(m => new ApiMention
        {
            Kind = m.Kind,
            Id = m.Id,
            Date = m.Date.ToString(),
            Precision = Vocabulary.Text(m.Date.Precision),
            Title = m.Title,
            HtmlUrl = m.Href,
        }).ToList(),
        detail.MentionCount,
        (long)page * pageSize < detail.MentionCount ? $"{ApiRoutes.Figure(detail.Figure.Id)}?page={page + 1}&page_size={pageSize}" : null);
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
