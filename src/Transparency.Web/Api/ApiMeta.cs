namespace Transparency.Web.Api;

/// <summary>The dataset behind every response: its version, coverage, build and licence.</summary>
public sealed record ApiMeta
{
    public required string ApiVersion { get; init; }
    public required string Version { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Publisher { get; init; }
    public required string AsOf { get; init; }
    public required string CoverageEnd { get; init; }
    public required string BuiltAt { get; init; }
    public required string InputsSha256 { get; init; }
    public required string License { get; init; }
    public required string LicenseUrl { get; init; }
    public required IReadOnlyDictionary<string, long> RowCounts { get; init; }
    public required ApiMetaLinks Links { get; init; }
}

public sealed record ApiMetaLinks
{
    public required string Self { get; init; }
    public required string Openapi { get; init; }
    public required string Downloads { get; init; }
    public required string Methodology { get; init; }
}
