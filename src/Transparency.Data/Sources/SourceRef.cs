using Transparency.Data.Values;
namespace Transparency.Data.Sources;

/// <summary>A source as cited by one fact, with the subject it is cited for.</summary>
public sealed record SourceRef
{
    public required string SubjectId { get; init; }
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Publisher { get; init; }

    /// <summary>What the source is; a fact's sources come best tier first.</summary>
    public required SourceTier Tier { get; init; }
    public string? OriginalOutlet { get; init; }

    /// <summary>The original article's address, where a copy prints it.</summary>
    public string? OriginalUrl { get; init; }
    public required string Url { get; init; }
    public required SourceKind Kind { get; init; }
    public string? Pinpoint { get; init; }
}
