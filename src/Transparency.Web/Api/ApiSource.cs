using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Transparency.Data.Sources;

namespace Transparency.Web.Api;

/// <summary>A public document facts rest on, with every fact that cites it.</summary>
public sealed record ApiSource
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    [Description("Who published the document.")]
    public required string Publisher { get; init; }
    [Description("Where the story first ran, when this source republished or summarised it; null otherwise.")]
    public required string? OriginalOutlet { get; init; }
    public required string Url { get; init; }
    [ApiValues(ApiVocabulary.SourceKind)]
    public required string Kind { get; init; }
    [Description("Publication date: ISO 8601 at `published_precision`; null when unknown.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? PublishedOn { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string? PublishedPrecision { get; init; }
    public required string? Note { get; init; }
    [Description("Every fact that cites this source.")]
    public required IReadOnlyList<ApiSourceUse> UsedBy { get; init; }
    public required ApiLinks Links { get; init; }

    public static ApiSource From(SourceEntry s) => new()
    {
        Id = s.Id,
        Label = s.Label,
        Publisher = s.Publisher,
        OriginalOutlet = s.OriginalOutlet,
        Url = s.Url,
        Kind = s.Kind,
        PublishedOn = s.PublishedOn,
        PublishedPrecision = s.PublishedPrecision,
        Note = s.Note,
        UsedBy = s.UsedBy.Select(u => new ApiSourceUse { Kind = u.Kind, Id = u.SubjectId, Title = u.Title, HtmlUrl = u.Href }).ToList(),
        Links = new() { Self = ApiRoutes.Source(s.Id), Html = $"/sources#{s.Id}" },
    };
}

/// <summary>A fact that cites a source: an event, figure, request, case, ruling or open question.</summary>
public sealed record ApiSourceUse
{
    [ApiValues(ApiVocabulary.CitingKind)]
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    [Description("Where it is shown on the site.")]
    public required string HtmlUrl { get; init; }
}
