namespace Transparency.Data.Cases;

/// <summary>One page of cases and how many there are in all.</summary>
public sealed record CaseListPage
{
    public required IReadOnlyList<CaseSummary> Cases { get; init; }
    public required long Total { get; init; }
}
