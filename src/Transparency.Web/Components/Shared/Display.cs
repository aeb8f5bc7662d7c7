using System.Globalization;

namespace Transparency.Web.Components.Shared;

/// <summary>How dataset values read on screen: dates at their precision, numbers, and enum labels.</summary>
public static class Display
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"Feb 17, 2025", "Feb 2025" or "2025": never more precise than the source.</summary>
    public static string Date(string? iso, string? precision)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return "date not reported";
        }
        return precision switch
        {
            "day" when DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                => d.ToString("MMM d, yyyy", Culture),
            "month" when DateOnly.TryParseExact(iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
                => m.ToString("MMM yyyy", Culture),
            _ => iso,
        };
    }

    public static string Number(double? value) => value is null ? "not reported" : value.Value.ToString("#,0.##", Culture);

    /// <summary>Short form for chart labels: 7.6 million, 47,289.</summary>
    public static string Compact(double value) => value >= 1_000_000
        ? (value / 1_000_000).ToString("0.##", Culture) + " million"
        : value.ToString("#,0", Culture);

    public static string Confidence(string confidence) => confidence switch
    {
        "confirmed-court-record" => "Court record",
        "official-statement" => "Official statement",
        "reported" => "Reported",
        "conflicting" => "Sources conflict",
        _ => confidence,
    };

    public static string ConfidenceHelp(string confidence) => confidence switch
    {
        "confirmed-court-record" => "Stated in a court filing, ruling or sworn declaration, as reported by at least one outlet.",
        "official-statement" => "A government or congressional statement, letter, report or testimony.",
        "reported" => "Reported by one outlet only, or by anonymous sources.",
        "conflicting" => "The sources disagree; every value is shown with its source.",
        _ => "",
    };

    public static string Category(string category) => category switch
    {
        "court-ruling" => "Court ruling",
        _ => char.ToUpperInvariant(category[0]) + category[1..].Replace('-', ' '),
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "granted-in-part" => "Granted in part",
        "partly-lifted" => "Partly lifted",
        "indicated" => "Indicated (would rule)",
        _ => char.ToUpperInvariant(outcome[0]) + outcome[1..].Replace('-', ' '),
    };

    public static string RulingKind(string kind) => kind switch
    {
        "tro" => "Temporary restraining order",
        "stay-and-preliminary-injunction" => "Stay and preliminary injunction",
        _ => char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' '),
    };

    public static string Status(string status) => status switch
    {
        "relief-granted" => "Relief granted",
        "relief-denied" => "Relief denied",
        "appeal-pending" => "Appeal pending",
        "partly-lifted" => "Injunction partly lifted",
        "closed" => "Closed",
        _ => "Unknown",
    };

    public static string Outcome(string outcome, string kind) => kind == "order" && outcome == "ordered" ? "Order issued" : Outcome(outcome);

    public static string RequestOutcome(string outcome) => outcome switch
    {
        "declined" => "Declined",
        "rejected" => "Rejected as deficient",
        "partly-fulfilled" => "Partly fulfilled",
        "disputed" => "Account disputed",
        _ => outcome,
    };
}
