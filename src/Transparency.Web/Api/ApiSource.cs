using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>A public document facts rest on, with every fact that cites it.</summary>
public sealed record ApiSource
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    [Description("Who published the document.")]
    public required string Publisher { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("What the source is, best first: `primary-document` (the document itself or the court's record of it), `official-record`, `original-reporting` (the outlet that did the reporting, at its own address), `republication` (a copy of another outlet's article) or `aggregator`. Lists come best tier first.")]
    public required string Tier { get; init; }
    [Description("Where the story first ran, when this source republished or summarised it; null otherwise (always set for a republication).")]
    public required string? OriginalOutlet { get; init; }
    [Description("The original article's address, where the copy prints it; null otherwise.")]
    public required string? OriginalUrl { get; init; }
    public required string Url { get; init; }
    [ApiValues(ApiVocabulary.SourceKind)]
    public required string Kind { get; init; }
    [Description("Publication date: ISO 8601 at `published_precision`; null when unknown.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string? PublishedOn { get; init; }
    [ApiValues(ApiVocabulary.Precision)]
    public required string? PublishedPrecision { get; init; }
    public required string? Note { get; init; }
    [Description("One page of the facts that cite this source, in citation order: in a list, the first few; from `/api/v1/sources/{id}`, the page asked for with `page` and `page_size`.")]
    public required IReadOnlyList<ApiSourceUse> UsedBy { get; init; }
    [Description("How many facts cite this source, on all pages of `used_by`.")]
    public required long UsedByTotal { get; init; }
    [Description("The next page of `used_by`; null when this is the last.")]
    public required string? UsedByNext { get; init; }
    public required ApiLinks Links { get; init; }

    /// <summary>The source with <paramref name="page"/> of its uses at <paramref name="pageSize"/> per page.</summary>
    public static ApiSource From(SourceEntry s, int page, int pageSize) => new()
    {
        Id = s.Id,
        Label = s.Label,
        Publisher = s.Publisher,
        Tier = Vocabulary.Text(s.Tier),
        OriginalOutlet = s.OriginalOutlet,
        OriginalUrl = s.OriginalUrl,
        Url = s.Url,
        Kind = Vocabulary.Text(s.Kind),
        PublishedOn = s.PublishedOn?.ToString(),
        PublishedPrecision = Vocabulary.Text(s.PublishedOn?.Precision),
        Note = s.Note,
        UsedBy = s.UsedBy.Select(u => new ApiSourceUse { Kind = u.Kind, Id = u.SubjectId, Title = u.Title, HtmlUrl = u.Href }).ToList(),
        UsedByTotal = s.UseCount,
        UsedByNext = (long)page * pageSize < s.UseCount ? $"{ApiRoutes.Source(s.Id)}?page={page + 1}&page_size={pageSize}" : null,
        Links = new() { Self = ApiRoutes.Source(s.Id), Html = $"/sources/{s.Id}" },
    };
}

/// <summary>A fact that cites a source: an event, figure, request, case, ruling, open question or guide paragraph.</summary>
public sealed record ApiSourceUse
{
    [ApiValues(ApiVocabulary.CitingKind)]
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    [Description("Where it is shown on the site.")]
    public required string HtmlUrl { get; init; }
}
