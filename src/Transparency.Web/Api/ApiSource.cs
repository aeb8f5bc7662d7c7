using Transparency.Data.Sources;

namespace Transparency.Web.Api;

/// <summary>A public document facts rest on, with every fact that cites it.</summary>
public sealed record ApiSource
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Publisher { get; init; }
    public required string? OriginalOutlet { get; init; }
    public required string Url { get; init; }
    public required string Kind { get; init; }
    public required string? PublishedOn { get; init; }
    public required string? PublishedPrecision { get; init; }
    public required string? Note { get; init; }
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
    public required string Kind { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string HtmlUrl { get; init; }
}
