using Transparency.Data.Cases;
using Transparency.Data.Sources;
using Transparency.Data.Values;
using Transparency.Web.Charts;

namespace Transparency.Web.Tests.Charts;

public sealed class RulingEffectsTests
{
    private static readonly IReadOnlyList<Ruling> Rulings =
    [
        Ruling("centro-tro", "centro", "2025-03-20", RulingKind.Tro, RulingOutcome.Denied, RulingEffect.Allowed),
        Ruling("centro-pi", "centro", "2025-05-12", RulingKind.PreliminaryInjunction, RulingOutcome.Denied, RulingEffect.Allowed),
        Ruling("centro-record", "centro", "2025-06-01", RulingKind.Order, RulingOutcome.Ordered, RulingEffect.Procedural),
        Ruling("centro-appeal", "centro", "2026-02-24", RulingKind.AppealOpinion, RulingOutcome.Affirmed, RulingEffect.Allowed),
        Ruling("ctr-stay", "ctr", "2025-11-21", RulingKind.StayAndPreliminaryInjunction, RulingOutcome.GrantedInPart, RulingEffect.Blocked),
        Ruling("ctr-later", "ctr", "2026-03-01", RulingKind.PreliminaryInjunction, RulingOutcome.Granted, RulingEffect.Blocked),
    ];

    [Fact]
    public void An_appeal_reviews_the_latest_earlier_ruling_in_its_case_that_was_not_procedural()
    {
        Assert.Equal("centro-pi", RulingEffects.Reviewed(Rulings.Single(r => r.Id == "centro-appeal"), Rulings)?.Id);
        Assert.Null(RulingEffects.Reviewed(Rulings.Single(r => r.Id == "ctr-stay"), Rulings));
    }

    private static Ruling Ruling(string id, string caseId, string date, RulingKind kind, RulingOutcome outcome, RulingEffect effect) => new()
    {
        Id = id, CaseId = caseId, CaseShortName = caseId, DecidedOn = PartialDate.Parse(date), Court = "court", Judges = "judge",
        Kind = kind, Outcome = outcome, Effect = effect, Title = id, Summary = "summary", Sourcing = "Court record", BestTier = SourceTier.PrimaryDocument,
    };
}
