using System.Globalization;
using Transparency.Data;
using Transparency.Data.Cases;
using Transparency.Data.Values;
using Transparency.Web.Localization;

namespace Transparency.Web.Components.Shared;

/// <summary>
/// How dataset values read on screen: dates at their precision, numbers, and vocabulary labels (from
/// Strings.resx), in the language of the current request (the /es prefix sets it). Static, so presentational
/// components stay free of injected services. Sourced text (a value as stated, "about 42,695") is never
/// rewritten here: it is shown as the source wrote it.
/// </summary>
public static class Display
{
    /// <summary>The current request's culture: en-US, or es-US under /es (U.S. digits either way: 47,289 and 1.28).</summary>
    public static CultureInfo Culture => Languages.Culture(Languages.Current);

    private static bool Es => Languages.Current == Language.Es;

    /// <summary>
    /// "17 Feb 2025" / "17 feb 2025", "Feb 2025" / "feb 2025" or "2025": never more precise than the source.
    /// Day first in English too, because the data's own text (titles, summaries, notes) writes "7 Aug 2025":
    /// one format on a page, whichever of the two a date comes from.
    /// </summary>
    public static string Date(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("d MMM yyyy", Culture).Replace(".", "", StringComparison.Ordinal),
        DatePrecision.Month => date.Start.ToString("MMM yyyy", Culture).Replace(".", "", StringComparison.Ordinal),
        DatePrecision.Year => date.ToString(),
    };

    /// <summary>An optional date: "date not reported" when the sources give none.</summary>
    public static string Date(PartialDate? date) => date is { } d ? Date(d) : Text.Get("DateNotReported");

    /// <summary>A date the data keeps as ISO text (the dataset's as_of and coverage end, a correction's day).</summary>
    public static string Date(string? iso) => Date(iso is null ? null : PartialDate.Parse(iso));

    /// <summary>"day", "month" / "día", "mes": how precise a date is, in words.</summary>
    public static string Precision(DatePrecision precision) => Text.Get(precision switch
    {
        DatePrecision.Day => "PrecisionDay",
        DatePrecision.Month => "PrecisionMonth",
        DatePrecision.Year => "PrecisionYear",
    });

    public static string Number(double? value) => value is null ? Text.Get("NumberNotReported") : value.Value.ToString("#,0.##", Culture);

    /// <summary>Short form for chart labels: 7.6 million, 47,289.</summary>
    public static string Compact(double value) => value >= 1_000_000
        ? (value / 1_000_000).ToString("0.##", Culture) + Text.Get("MillionSuffix")
        : value.ToString("#,0", Culture);

    // Every label is a Strings.resx key, one per member; the switches have no default arm, so a new member
    // in a vocabulary fails the build until it has its label.
    public static string Tier(SourceTier tier) => Text.Get(tier switch
    {
        SourceTier.PrimaryDocument => "Tier_PrimaryDocument",
        SourceTier.OfficialRecord => "Tier_OfficialRecord",
        SourceTier.OriginalReporting => "Tier_OriginalReporting",
        SourceTier.Republication => "Tier_Republication",
        SourceTier.Aggregator => "Tier_Aggregator",
    });

    public static string TierHelp(SourceTier tier) => Text.Get(tier switch
    {
        SourceTier.PrimaryDocument => "TierHelp_PrimaryDocument",
        SourceTier.OfficialRecord => "TierHelp_OfficialRecord",
        SourceTier.OriginalReporting => "TierHelp_OriginalReporting",
        SourceTier.Republication => "TierHelp_Republication",
        SourceTier.Aggregator => "TierHelp_Aggregator",
    });

    public static string Basis(Basis basis) => Text.Get(basis switch
    {
        Data.Values.Basis.CourtRecord => "Basis_CourtRecord",
        Data.Values.Basis.OfficialRecord => "Basis_OfficialRecord",
        Data.Values.Basis.Reporting => "Basis_Reporting",
        Data.Values.Basis.AggregatorOnly => "Basis_AggregatorOnly",
    });

    public static string DocumentKind(DocumentKind kind) => Text.Get(kind switch
    {
        Data.Values.DocumentKind.Opinion => "DocumentKind_Opinion",
        Data.Values.DocumentKind.Order => "DocumentKind_Order",
        Data.Values.DocumentKind.Declaration => "DocumentKind_Declaration",
        Data.Values.DocumentKind.Transcript => "DocumentKind_Transcript",
        Data.Values.DocumentKind.Brief => "DocumentKind_Brief",
        Data.Values.DocumentKind.Complaint => "DocumentKind_Complaint",
        Data.Values.DocumentKind.Report => "DocumentKind_Report",
        Data.Values.DocumentKind.Agreement => "DocumentKind_Agreement",
    });

    public static string Category(EventCategory category) => Text.Get(category switch
    {
        EventCategory.Filing => "Category_Filing",
        EventCategory.Hearing => "Category_Hearing",
        EventCategory.Request => "Category_Request",
        EventCategory.Statement => "Category_Statement",
        EventCategory.Disclosure => "Category_Disclosure",
        EventCategory.CourtRuling => "Category_CourtRuling",
        EventCategory.Policy => "Category_Policy",
        EventCategory.Agreement => "Category_Agreement",
        EventCategory.Oversight => "Category_Oversight",
        EventCategory.Correction => "Category_Correction",
        EventCategory.Testimony => "Category_Testimony",
    });

    public static string Outcome(RulingOutcome outcome) => Text.Get(outcome switch
    {
        RulingOutcome.Granted => "RulingOutcome_Granted",
        RulingOutcome.GrantedInPart => "RulingOutcome_GrantedInPart",
        RulingOutcome.Denied => "RulingOutcome_Denied",
        RulingOutcome.Affirmed => "RulingOutcome_Affirmed",
        RulingOutcome.PartlyLifted => "RulingOutcome_PartlyLifted",
        RulingOutcome.Ordered => "RulingOutcome_Ordered",
        RulingOutcome.Indicated => "RulingOutcome_Indicated",
    });

    /// <summary>An order that orders something reads "Order issued", not "Order · Ordered".</summary>
    public static string Outcome(RulingOutcome outcome, RulingKind kind) =>
        (outcome, kind) is (RulingOutcome.Ordered, Data.Values.RulingKind.Order) ? Text.Get("RulingOutcome_OrderIssued") : Outcome(outcome);

    /// <summary>What a ruling did to the data sharing, in the rulings chart's plain words.</summary>
    public static string Effect(RulingEffect effect) => Text.Get(effect switch
    {
        RulingEffect.Allowed => "RulingEffect_Allowed",
        RulingEffect.Blocked => "RulingEffect_Blocked",
        RulingEffect.FoundUnlawful => "RulingEffect_FoundUnlawful",
        RulingEffect.Procedural => "RulingEffect_Procedural",
    });

    /// <summary>A case's court status at a glance (the badge <see cref="CourtStandings"/> computes).</summary>
    public static string Standing(CourtStanding standing) => Text.Get(standing switch
    {
        CourtStanding.Allowed => "CourtStanding_Allowed",
        CourtStanding.PartlyAllowed => "CourtStanding_PartlyAllowed",
        CourtStanding.Blocked => "CourtStanding_Blocked",
        CourtStanding.FoundUnlawful => "CourtStanding_FoundUnlawful",
        CourtStanding.Pending => "CourtStanding_Pending",
    });

    public static string RulingKind(RulingKind kind) => Text.Get(kind switch
    {
        Data.Values.RulingKind.Tro => "RulingKind_Tro",
        Data.Values.RulingKind.PreliminaryInjunction => "RulingKind_PreliminaryInjunction",
        Data.Values.RulingKind.StayAndPreliminaryInjunction => "RulingKind_StayAndPreliminaryInjunction",
        Data.Values.RulingKind.Order => "RulingKind_Order",
        Data.Values.RulingKind.IndicativeRuling => "RulingKind_IndicativeRuling",
        Data.Values.RulingKind.MemorandumOpinion => "RulingKind_MemorandumOpinion",
        Data.Values.RulingKind.AppealOpinion => "RulingKind_AppealOpinion",
        Data.Values.RulingKind.Modification => "RulingKind_Modification",
    });

    public static string Status(CaseStatus status) => Text.Get(status switch
    {
        CaseStatus.ReliefGranted => "CaseStatus_ReliefGranted",
        CaseStatus.ReliefDenied => "CaseStatus_ReliefDenied",
        CaseStatus.AppealPending => "CaseStatus_AppealPending",
        CaseStatus.PartlyLifted => "CaseStatus_PartlyLifted",
        CaseStatus.Closed => "CaseStatus_Closed",
        CaseStatus.Unknown => "CaseStatus_Unknown",
    });

    public static string RequestOutcome(RequestOutcome outcome) => Text.Get(outcome switch
    {
        Data.Values.RequestOutcome.Declined => "RequestOutcome_Declined",
        Data.Values.RequestOutcome.Rejected => "RequestOutcome_Rejected",
        Data.Values.RequestOutcome.PartlyFulfilled => "RequestOutcome_PartlyFulfilled",
        Data.Values.RequestOutcome.Disputed => "RequestOutcome_Disputed",
    });

    public static string SourceKind(SourceKind kind) => Text.Get(kind switch
    {
        Data.Values.SourceKind.News => "SourceKindNews",
        Data.Values.SourceKind.CourtRecord => "SourceKindCourtRecord",
        Data.Values.SourceKind.Government => "SourceKindGovernment",
        Data.Values.SourceKind.Congress => "SourceKindCongress",
        Data.Values.SourceKind.Advocacy => "SourceKindAdvocacy",
        Data.Values.SourceKind.LegalAnalysis => "SourceKindLegalAnalysis",
        Data.Values.SourceKind.Transcript => "SourceKindTranscript",
        Data.Values.SourceKind.Aggregator => "SourceKindAggregator",
        Data.Values.SourceKind.Blog => "SourceKindBlog",
    });

    public static string UnknownKind(UnknownKind kind) => Text.Get(kind switch
    {
        Data.Values.UnknownKind.NotFound => "UnknownNotFound",
        Data.Values.UnknownKind.Conflict => "UnknownConflict",
        Data.Values.UnknownKind.Unverified => "UnknownUnverified",
    });

    /// <summary>The vocabulary value as the data spells it (<c>court-ruling</c>), for CSS classes, links and downloads.</summary>
    public static string Code<T>(T value) where T : struct, Enum => Vocabulary.Text(value);
}
