using Transparency.Data.Cases;
using Transparency.Data.Values;
namespace Transparency.Data.Dataset;

/// <summary>A case as the overview lists it: one of the most recently active, with its status and court standing.</summary>
public sealed record RecentCase
{
    public required string Id { get; init; }
    public required string ShortName { get; init; }
    public required bool IsContext { get; init; }
    public required CaseStatus Status { get; init; }
    public required string StatusSummary { get; init; }
    /// <summary>The case's latest ruling that is not procedural (see <see cref="CourtStandings"/>); null when none.</summary>
    public string? DecisiveRulingId { get; init; }
    public RulingEffect? DecisiveEffect { get; init; }
    public RulingOutcome? DecisiveOutcome { get; init; }
    public PartialDate? DecisiveOn { get; init; }
    public string? DecisiveTitle { get; init; }
    public bool BlockStands { get; init; }

    /// <summary>The case's badges, by <see cref="CourtStandings"/>' rule.</summary>
    public IReadOnlyList<CourtStanding> Standings => CourtStandings.Of(DecisiveEffect, DecisiveOutcome, BlockStands);
    public bool AppealPending => CourtStandings.AppealPending(Status);
}
