using Transparency.Data.Cases;
using Transparency.Data.Values;

namespace Transparency.Web.Charts;

/// <summary>What a ruling did to the IRS-ICE data sharing, in the four plain words the rulings chart uses.</summary>
public enum RulingEffect
{
    /// <summary>The sharing could go on: relief was denied, a denial was affirmed, or an injunction was partly lifted.</summary>
    Allowed,
    /// <summary>The sharing was stopped or narrowed: a restraining order, injunction or stay was granted (in whole or part).</summary>
    BlockedOrLimited,
    /// <summary>A court said disclosures already made broke the law.</summary>
    FoundUnlawful,
    /// <summary>Everything else: orders about the record, notice, or the appeal record.</summary>
    Procedural,
}

/// <summary>
/// The mapping from <c>rulings.kind</c> and <c>rulings.outcome</c> to a <see cref="RulingEffect"/>:
/// <list type="bullet">
/// <item>TRO, preliminary injunction or stay + injunction, <c>denied</c> → allowed (relief refused, sharing went on);</item>
/// <item>the same kinds, <c>granted</c> or <c>granted-in-part</c> → blocked or limited;</item>
/// <item>modification, <c>partly-lifted</c> → allowed (it loosened an earlier block);</item>
/// <item>appeal opinion, <c>affirmed</c> → the effect of the ruling it reviews (see <see cref="Reviewed"/>);</item>
/// <item>a ruling listed in <see cref="FoundUnlawfulIds"/> → found unlawful;</item>
/// <item>anything else (orders, other indicative rulings) → procedural.</item>
/// </list>
/// The outcome vocabulary cannot say "found unlawful": the 26 Feb 2026 memorandum opinion that counted about
/// 42,695 unlawful disclosures is stored as an indicative ruling that was "indicated", like the procedural
/// indicative ruling on the appeal record. Until the data carries an effect column, the rulings that found
/// the sharing unlawful are named here by id (ids are stable: they are in URLs).
/// </summary>
public static class RulingEffects
{
    public static readonly IReadOnlySet<string> FoundUnlawfulIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "ctr-2026-02-26-memorandum-opinion",
    };

    public static RulingEffect Of(Ruling ruling, IReadOnlyList<Ruling> all)
    {
        if (FoundUnlawfulIds.Contains(ruling.Id))
        {
            return RulingEffect.FoundUnlawful;
        }
        return (ruling.Kind, ruling.Outcome) switch
        {
            (RulingKind.Tro or RulingKind.PreliminaryInjunction or RulingKind.StayAndPreliminaryInjunction, RulingOutcome.Denied) => RulingEffect.Allowed,
            (RulingKind.Tro or RulingKind.PreliminaryInjunction or RulingKind.StayAndPreliminaryInjunction, RulingOutcome.Granted or RulingOutcome.GrantedInPart) => RulingEffect.BlockedOrLimited,
            (RulingKind.Modification, RulingOutcome.PartlyLifted) => RulingEffect.Allowed,
            (RulingKind.AppealOpinion, RulingOutcome.Affirmed) => Reviewed(ruling, all) is { } reviewed ? Of(reviewed, all) : RulingEffect.Procedural,
            _ => RulingEffect.Procedural,
        };
    }

    /// <summary>
    /// The ruling an appeal opinion reviews: the latest earlier non-appeal ruling in the same case that was not
    /// procedural (an appeal lies from an order granting or denying relief). Null for other kinds.
    /// </summary>
    public static Ruling? Reviewed(Ruling appeal, IReadOnlyList<Ruling> all) =>
        appeal.Kind != RulingKind.AppealOpinion
            ? null
            : all.Where(r => r.CaseId == appeal.CaseId && r.Id != appeal.Id && r.Kind != RulingKind.AppealOpinion
                    && r.DecidedOn.Midpoint <= appeal.DecidedOn.Midpoint && Of(r, all) != RulingEffect.Procedural)
                .OrderBy(r => r.DecidedOn.Midpoint).LastOrDefault();

    public static string Code(RulingEffect effect) => effect switch
    {
        RulingEffect.Allowed => "allowed",
        RulingEffect.BlockedOrLimited => "blocked",
        RulingEffect.FoundUnlawful => "unlawful",
        _ => "procedural",
    };
}
