using Transparency.Data.Values;

namespace Transparency.Data.Cases;

/// <summary>Where a case stands in court, at a glance: the badge the overview (and any page) shows for it.</summary>
public enum CourtStanding
{
    /// <summary>The latest ruling on the sharing let it go on.</summary>
    Allowed,
    /// <summary>The latest ruling on the sharing blocked or limited it.</summary>
    Blocked,
    /// <summary>The latest ruling on the sharing found that disclosures already made broke the law.</summary>
    FoundUnlawful,
    /// <summary>No ruling has yet allowed, blocked or condemned the sharing (none, or only procedural ones).</summary>
    Pending,
}

/// <summary>
/// The one rule for a case's court status, computed from data so every page says the same: the badge is the
/// <c>rulings.effect</c> of the case's latest ruling that is not <c>procedural</c> (latest by
/// <c>sort_date</c>, then id), or <see cref="CourtStanding.Pending"/> when it has none; and a second badge,
/// "appeal pending", when <c>cases.status</c> is <c>appeal-pending</c>. A query that lists cases (aliased
/// <c>c</c>) adds <see cref="Join"/> and <see cref="Columns"/> (read as <c>Status</c>, <c>DecisiveRulingId</c>,
/// <c>DecisiveEffect</c>, <c>DecisiveOn</c>, <c>DecisiveTitle</c>, as <see cref="Dataset.RecentCase"/> does) and
/// passes them to <see cref="Of(RulingEffect?)"/> and <see cref="AppealPending"/>.
/// </summary>
public static class CourtStandings
{
    /// <summary>The case's latest ruling that is not procedural, aliased <c>d</c>; read along rulings_by_case.</summary>
    public const string Join = "LEFT JOIN rulings d ON d.id = (SELECT r.id FROM rulings r WHERE r.case_id = c.id AND r.effect <> 'procedural' ORDER BY r.sort_date DESC, r.id DESC LIMIT 1)";

    /// <summary>The case's status and its latest ruling on the sharing (the query must bind <c>@es</c>).</summary>
    public const string Columns = "c.status, d.id AS decisive_ruling_id, d.effect AS decisive_effect, d.decided_on AS decisive_on, localized(@es, d.title, d.title_es) AS decisive_title";

    /// <summary>The badge for a case whose latest non-procedural ruling has this effect (null: none).</summary>
    public static CourtStanding Of(RulingEffect? decisiveEffect) => decisiveEffect switch
    {
        RulingEffect.Allowed => CourtStanding.Allowed,
        RulingEffect.Blocked => CourtStanding.Blocked,
        RulingEffect.FoundUnlawful => CourtStanding.FoundUnlawful,
        _ => CourtStanding.Pending,
    };

    /// <summary>Whether the case carries the second badge, "appeal pending".</summary>
    public static bool AppealPending(CaseStatus status) => status == CaseStatus.AppealPending;
}
