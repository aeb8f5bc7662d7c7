using Transparency.Data.Sources;

namespace Transparency.Web.Api;

/// <summary>A source as cited by one fact, with an optional pinpoint (page, paragraph).</summary>
public sealed record ApiCitation
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Publisher { get; init; }
    public required string? OriginalOutlet { get; init; }
    public required string Url { get; init; }
    public required string Kind { get; init; }
    public required string? Pinpoint { get; init; }

    public static IReadOnlyList<ApiCitation> From(IEnumerable<SourceRef> sources) => sources.Select(s => new ApiCitation
    {
        Id = s.Id,
        Label = s.Label,
        Publisher = s.Publisher,
        OriginalOutlet = s.OriginalOutlet,
        Url = s.Url,
        Kind = s.Kind,
        Pinpoint = s.Pinpoint,
    }).ToList();
}
