using Transparency.Data.Cases;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Cases;

public sealed class CourtStandingsTests
{
    [Theory]
    [InlineData(null, null, false, "Pending")]
    [InlineData(RulingEffect.Allowed, RulingOutcome.Affirmed, false, "Allowed")]
    [InlineData(RulingEffect.Blocked, RulingOutcome.Granted, true, "Blocked")]
    [InlineData(RulingEffect.FoundUnlawful, RulingOutcome.Granted, false, "FoundUnlawful")]
    // A finding after a stay that no later ruling lifted: both show (CTR).
    [InlineData(RulingEffect.FoundUnlawful, RulingOutcome.Granted, true, "FoundUnlawful Blocked")]
    [InlineData(RulingEffect.Procedural, RulingOutcome.Ordered, true, "Pending Blocked")]
    // An injunction partly lifted lets some sharing go on, not all of it (California, Medicaid data).
    [InlineData(RulingEffect.Allowed, RulingOutcome.PartlyLifted, false, "PartlyAllowed")]
    public void The_first_badge_is_the_latest_decisive_ruling_and_a_standing_block_follows(RulingEffect? effect, RulingOutcome? outcome, bool blockStands, string expected) =>
        Assert.Equal(expected, string.Join(" ", CourtStandings.Of(effect, outcome, blockStands)));
}
