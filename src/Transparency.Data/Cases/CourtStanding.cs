using Transparency.Data.Values;

namespace Transparency.Data.Cases;

/// <summary>Where a case stands in court, at a glance: the badge the overview (and any page) shows for it.</summary>
public enum CourtStanding
{
    /// <summary>The latest ruling on the sharing let it go on.</summary>
    Allowed,
    /// <summary>The latest ruling on the sharing let part of it go on and kept the rest blocked (an injunction partly lifted).</summary>
    PartlyAllowed,
    /// <summary>The latest ruling on the sharing blocked or limited it.</summary>
    Blocked,
    /// <summary>The latest ruling on the sharing found that disclosures already made broke the law.</summary>
    FoundUnlawful,
    /// <summary>No ruling has yet allowed, blocked or condemned the sharing (none, or only procedural ones).</summary>
    Pending,
}

/// <summary>
/// The one rule for a case's court status, computed from data so every page says the same. The first badge is
/// the <c>rulings.effect</c> of the case's latest ruling that is not <c>procedural</c> (latest by
/// <c>sort_date</c>, then id), or <see cref="CourtStanding.Pending"/> when it has none. A block still stands
/// beside a later finding: when a <c>blocked</c> ruling came after the case's latest <c>allowed</c> one (or
/// there is none) and the first badge is not already Blocked, <see cref="CourtStanding.Blocked"/> follows
/// (CTR: the 21 Nov 2025 stay, then the 26 Feb 2026 finding). An allowing ruling whose outcome is
/// <c>partly-lifted</c> reads <see cref="CourtStanding.PartlyAllowed"/>: the rest stays blocked (California). A last badge, "appeal pending", shows when
/// <c>cases.status</c> is <c>appeal-pending</c>. A query that lists cases (aliased <c>c</c>) adds
/// <see cref="Join"/> and <see cref="Columns"/> (read as <c>Status</c>, <c>DecisiveRulingId</c>,
/// <c>DecisiveEffect</c>, <c>DecisiveOutcome</c>, <c>DecisiveOn</c>, <c>DecisiveTitle</c>, <c>BlockStands</c>) and
/// passes them to <see cref="Of(RulingEffect?, RulingOutcome?, bool)"/> and <see cref="AppealPending"/>.
/// </summary>
public static class CourtStandings
{
    /// <summary>The case's latest ruling that is not procedural, aliased <c>d</c>; read along rulings_by_case.</summary>
    public const string Join = "LEFT JOIN rulings d ON d.id = (SELECT r.id FROM rulings r WHERE r.case_id = c.id AND r.effect <> 'procedural' ORDER BY r.sort_date DESC, r.id DESC LIMIT 1)";

    /// <summary>The case's status, its latest ruling on the sharing, and whether a block stands (the query must bind <c>@es</c>).</summary>
    public const string Columns = "c.status, d.id AS decisive_ruling_id, d.effect AS decisive_effect, d.outcome AS decisive_outcome, d.decided_on AS decisive_on, localized(@es, d.title, d.title_es) AS decisive_title, "
        + "EXISTS (SELECT 1 FROM rulings b WHERE b.case_id = c.id AND b.effect = 'blocked' AND b.sort_date > "
        + "COALESCE((SELECT MAX(al.sort_date) FROM rulings al WHERE al.case_id = c.id AND al.effect = 'allowed'), '')) AS block_stands";

    /// <summary>The badges for a case whose latest non-procedural ruling has this effect and outcome (null: none), in order.</summary>
    public static IReadOnlyList<CourtStanding> Of(RulingEffect? decisiveEffect, RulingOutcome? decisiveOutcome, bool blockStands)
    {
        var first = decisiveEffect switch
        {
            RulingEffect.Allowed when decisiveOutcome == RulingOutcome.PartlyLifted => CourtStanding.PartlyAllowed,
            RulingEffect.Allowed => CourtStanding.Allowed,
            RulingEffect.Blocked => CourtStanding.Blocked,
            RulingEffect.FoundUnlawful => CourtStanding.FoundUnlawful,
            _ => CourtStanding.Pending,
        };
        return blockStands && first is not (CourtStanding.Blocked or CourtStanding.Allowed or CourtStanding.PartlyAllowed) ? [first, CourtStanding.Blocked] : [first];
    }

    /// <summary>Whether the case carries the last badge, "appeal pending".</summary>
    public static bool AppealPending(CaseStatus status) => status == CaseStatus.AppealPending;
}
