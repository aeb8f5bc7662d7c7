using Transparency.Data.Cases;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Cases;

public sealed class CourtStandingsTests
{
    [Theory]
    [InlineData(null, false, "Pending")]
    [InlineData(RulingEffect.Allowed, false, "Allowed")]
    [InlineData(RulingEffect.Blocked, true, "Blocked")]
    [InlineData(RulingEffect.FoundUnlawful, false, "FoundUnlawful")]
    // A finding after a stay that no later ruling lifted: both show (CTR).
    [InlineData(RulingEffect.FoundUnlawful, true, "FoundUnlawful Blocked")]
    [InlineData(RulingEffect.Procedural, true, "Pending Blocked")]
    public void The_first_badge_is_the_latest_decisive_ruling_and_a_standing_block_follows(RulingEffect? effect, bool blockStands, string expected) =>
        Assert.Equal(expected, string.Join(" ", CourtStandings.Of(effect, blockStands)));
}
