using System.ComponentModel;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Web.Api;

/// <summary>A source as cited by one fact, with an optional pinpoint (page, paragraph). A fact's sources come best tier first.</summary>
public sealed record ApiCitation
{
    [Description("The source's stable id; `/api/v1/sources/{id}` has the whole record.")]
    public required string Id { get; init; }
    [Description("A short human-readable title.")]
    public required string Label { get; init; }
    public required string Publisher { get; init; }
    [ApiValues(ApiVocabulary.SourceTier)]
    [Description("What the source is: primary-document, official-record, original-reporting, republication (a copy; `original_outlet` names whose) or aggregator.")]
    public required string Tier { get; init; }
    [Description("Where the story first ran, when this source republished or summarised it; null otherwise.")]
    public required string? OriginalOutlet { get; init; }
    [Description("The original article's address, where the copy prints it; null otherwise.")]
    public required string? OriginalUrl { get; init; }
    [Description("The public address of the document.")]
    public required string Url { get; init; }
    [ApiValues(ApiVocabulary.SourceKind)]
    public required string Kind { get; init; }
    [Description("Where in the source the fact is (page, paragraph, section); null when the whole source supports it.")]
    public required string? Pinpoint { get; init; }

    public static IReadOnlyList<ApiCitation> From(IEnumerable<SourceRef> sources) => sources.Select(s => new ApiCitation
    {
        Id = s.Id,
        Label = s.Label,
        Publisher = s.Publisher,
        Tier = Vocabulary.Text(s.Tier),
        OriginalOutlet = s.OriginalOutlet,
        OriginalUrl = s.OriginalUrl,
        Url = s.Url,
        Kind = Vocabulary.Text(s.Kind),
        Pinpoint = s.Pinpoint,
    }).ToList();
}
