using Transparency.Data.Values;
namespace Transparency.Data.Dataset;

/// <summary>A case as the overview lists it: one of the most recently active, with its status.</summary>
public sealed record RecentCase
{
    public required string Id { get; init; }
    public required string ShortName { get; init; }
    public required bool IsContext { get; init; }
    public required CaseStatus Status { get; init; }
    public required string StatusSummary { get; init; }
}
