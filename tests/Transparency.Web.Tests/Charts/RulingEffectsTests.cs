using Transparency.Data.Cases;
using Transparency.Data.Sources;
using Transparency.Data.Values;
using Transparency.Web.Charts;

namespace Transparency.Web.Tests.Charts;

public sealed class RulingEffectsTests
{
    private static readonly IReadOnlyList<Ruling> Centro =
    [
        Ruling("centro-tro", "centro", "2025-03-20", RulingKind.Tro, RulingOutcome.Denied),
        Ruling("centro-pi", "centro", "2025-05-12", RulingKind.PreliminaryInjunction, RulingOutcome.Denied),
        Ruling("centro-appeal", "centro", "2026-02-24", RulingKind.AppealOpinion, RulingOutcome.Affirmed),
        Ruling("ctr-order", "ctr", "2025-09-05", RulingKind.Order, RulingOutcome.Ordered),
        Ruling("ctr-stay", "ctr", "2025-11-21", RulingKind.StayAndPreliminaryInjunction, RulingOutcome.GrantedInPart),
        Ruling("ctr-indicative", "ctr", "2026-02", RulingKind.IndicativeRuling, RulingOutcome.Indicated),
        Ruling("ctr-2026-02-26-memorandum-opinion", "ctr", "2026-02-26", RulingKind.IndicativeRuling, RulingOutcome.Indicated),
        Ruling("cal-lifted", "cal", "2025-12-29", RulingKind.Modification, RulingOutcome.PartlyLifted),
    ];

    [Theory]
    [InlineData("centro-tro", RulingEffect.Allowed)]
    [InlineData("centro-pi", RulingEffect.Allowed)]
    [InlineData("centro-appeal", RulingEffect.Allowed)]
    [InlineData("ctr-order", RulingEffect.Procedural)]
    [InlineData("ctr-stay", RulingEffect.BlockedOrLimited)]
    [InlineData("ctr-indicative", RulingEffect.Procedural)]
    [InlineData("ctr-2026-02-26-memorandum-opinion", RulingEffect.FoundUnlawful)]
    [InlineData("cal-lifted", RulingEffect.Allowed)]
    public void Each_ruling_gets_the_effect_its_kind_and_outcome_map_to(string id, RulingEffect expected) =>
        Assert.Equal(expected, RulingEffects.Of(Centro.Single(r => r.Id == id), Centro));

    [Fact]
    public void An_appeal_reviews_the_latest_earlier_ruling_in_its_case_that_granted_or_denied_relief()
    {
        Assert.Equal("centro-pi", RulingEffects.Reviewed(Centro.Single(r => r.Id == "centro-appeal"), Centro)?.Id);
        Assert.Null(RulingEffects.Reviewed(Centro.Single(r => r.Id == "ctr-stay"), Centro));
    }

    private static Ruling Ruling(string id, string caseId, string date, RulingKind kind, RulingOutcome outcome) => new()
    {
        Id = id, CaseId = caseId, CaseShortName = caseId, DecidedOn = PartialDate.Parse(date), Court = "court", Judges = "judge",
        Kind = kind, Outcome = outcome, Title = id, Summary = "summary", Sourcing = "Court record", BestTier = SourceTier.PrimaryDocument,
    };
}
