using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Transparency.Web.Api;

/// <summary>The dataset behind every response: its version, coverage, build and licence.</summary>
public sealed record ApiMeta
{
    [Description("The API version, as in the path (/api/v1).")]
    public required string ApiVersion { get; init; }
    [Description("The dataset's semantic version; cite it with any number you use.")]
    public required string Version { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Publisher { get; init; }
    [Description("The date the facts were last checked (YYYY-MM-DD).")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string AsOf { get; init; }
    [Description("What the last check found, in the request's language (e.g. no later developments found in the sources searched).")]
    public required string CheckedNote { get; init; }
    [Description("How many facts (events, figure values, requests, cases, rulings) have each source tier as the tier of their best source, best tier first.")]
    public required IReadOnlyDictionary<string, long> FactsByBestTier { get; init; }
    [Description("The last date the sources cover (YYYY-MM-DD); later events are not in the data.")]
    [RegularExpression(ApiVocabulary.IsoDatePattern)]
    public required string CoverageEnd { get; init; }
    [Description("When this copy of the database was built, UTC (ISO 8601).")]
    public required string BuiltAt { get; init; }
    [Description("SHA-256 over the CSV inputs and schema it was built from: the same data gives the same hash.")]
    public required string InputsSha256 { get; init; }
    public required string License { get; init; }
    public required string LicenseUrl { get; init; }
    [Description("Rows per table, by table name.")]
    public required IReadOnlyDictionary<string, long> RowCounts { get; init; }
    public required ApiMetaLinks Links { get; init; }
}

public sealed record ApiMetaLinks
{
    public required string Self { get; init; }
    public required string Openapi { get; init; }
    [Description("The CSV, JSON and SQLite downloads.")]
    public required string Downloads { get; init; }
    public required string Methodology { get; init; }
}
