using Transparency.Data.Cases;
using Transparency.Data.Values;

namespace Transparency.Web.Charts;

/// <summary>
/// What the rulings chart draws from <c>rulings.effect</c> (set per ruling from its sources, see
/// data/README.md): which earlier ruling an appeal reviews (drawn as a bracket).
/// </summary>
public static class RulingEffects
{
    /// <summary>
    /// The ruling an appeal opinion reviews: the latest earlier non-appeal ruling in the same case that was not
    /// procedural (an appeal lies from an order granting or denying relief). Null for other kinds.
    /// </summary>
    public static Ruling? Reviewed(Ruling appeal, IReadOnlyList<Ruling> all) =>
        appeal.Kind != RulingKind.AppealOpinion
            ? null
            : all.Where(r => r.CaseId == appeal.CaseId && r.Id != appeal.Id && r.Kind != RulingKind.AppealOpinion
                    && r.DecidedOn.Midpoint <= appeal.DecidedOn.Midpoint && r.Effect != RulingEffect.Procedural)
                .OrderBy(r => r.DecidedOn.Midpoint).LastOrDefault();
}
