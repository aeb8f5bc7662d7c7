namespace Transparency.Web.Api;

/// <summary>The API's front door: what it is and where everything is.</summary>
public sealed record ApiIndex
{
    public required string Title { get; init; }
    public required string ApiVersion { get; init; }
    public required string DatasetVersion { get; init; }
    public required string License { get; init; }
    public required string LicenseUrl { get; init; }
    public required ApiIndexLinks Links { get; init; }
}

public sealed record ApiIndexLinks
{
    public required string Self { get; init; }
    public required string Meta { get; init; }
    public required string Events { get; init; }
    public required string Cases { get; init; }
    public required string Requests { get; init; }
    public required string Figures { get; init; }
    public required string Sources { get; init; }
    public required string Documents { get; init; }
    public required string Search { get; init; }
    public required string Openapi { get; init; }
    public required string Html { get; init; }
}
