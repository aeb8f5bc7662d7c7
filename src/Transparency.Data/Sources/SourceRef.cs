using Transparency.Data.Values;
namespace Transparency.Data.Sources;

/// <summary>A source as cited by one fact, with the subject it is cited for.</summary>
public sealed record SourceRef
{
    public required string SubjectId { get; init; }
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Publisher { get; init; }
    public string? OriginalOutlet { get; init; }
    public required string Url { get; init; }
    public required SourceKind Kind { get; init; }
    public string? Pinpoint { get; init; }
}
