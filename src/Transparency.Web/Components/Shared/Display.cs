using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Transparency.Data;
using Transparency.Web.Localization;

namespace Transparency.Web.Components.Shared;

/// <summary>
/// How dataset values read on screen: dates at their precision, numbers, and enum labels, in the
/// language of the current request (the /es prefix sets it). Static, so presentational components stay
/// free of injected services.
/// </summary>
public static class Display
{
    /// <summary>The current request's culture: en-US, or es-US under /es (U.S. digits either way: 47,289 and 1.28).</summary>
    public static CultureInfo Culture => Languages.Culture(Languages.Current);

    private static bool Es => Languages.Current == Language.Es;

    private static string Pick(string en, string es) => Es ? es : en;

    /// <summary>"Feb 17, 2025" / "17 feb 2025", "Feb 2025" / "feb 2025" or "2025": never more precise than the source.</summary>
    public static string Date(string? iso, string? precision)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return Pick("date not reported", "fecha no informada");
        }
        return precision switch
        {
            "day" when TryParseIsoDate(iso, out var d)
                => Es ? d.ToString("d MMM yyyy", Culture).Replace(".", "", StringComparison.Ordinal) : d.ToString("MMM d, yyyy", Culture),
            "month" when iso.Length == 7 && TryParseIsoDate(iso + "-01", out var m)
                => m.ToString("MMM yyyy", Culture).Replace(".", "", StringComparison.Ordinal),
            _ => iso,
        };
    }

    /// <summary>
    /// Exactly what DateOnly.TryParseExact(text, "yyyy-MM-dd", InvariantCulture) accepts (four-digit year, two-digit
    /// month and day, a real date), without its format parser: a page shows hundreds of dates, and that parser
    /// was 2-5% of the page's CPU time.
    /// </summary>
    public static bool TryParseIsoDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }
        int Digits(int start, int count)
        {
            var value = 0;
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (c is < '0' or > '9')
                {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
        var (year, month, day) = (Digits(0, 4), Digits(5, 2), Digits(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), Math.Clamp(month, 1, 12)))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    public static string Number(double? value) => value is null ? Pick("not reported", "no informado") : value.Value.ToString("#,0.##", Culture);

    /// <summary>Short form for chart labels: 7.6 million, 47,289.</summary>
    public static string Compact(double value) => value >= 1_000_000
        ? (value / 1_000_000).ToString("0.##", Culture) + Pick(" million", " millones")
        : value.ToString("#,0", Culture);

    public static string Confidence(string confidence) => confidence switch
    {
        "confirmed-court-record" => Pick("Court record", "Expediente judicial"),
        "official-statement" => Pick("Official statement", "Declaración oficial"),
        "reported" => Pick("Reported", "Informado por la prensa"),
        "conflicting" => Pick("Sources conflict", "Las fuentes no coinciden"),
        _ => confidence,
    };

    public static string ConfidenceHelp(string confidence) => confidence switch
    {
        "confirmed-court-record" => Pick("Stated in a court filing, ruling or sworn declaration, as reported by at least one outlet.",
            "Consta en un escrito judicial, un fallo o una declaración jurada, según al menos un medio."),
        "official-statement" => Pick("A government or congressional statement, letter, report or testimony.",
            "Una declaración, carta, informe o testimonio del gobierno o del Congreso."),
        "reported" => Pick("Reported by one outlet only, or by anonymous sources.",
            "Informado por un solo medio o por fuentes anónimas."),
        "conflicting" => Pick("The sources disagree; every value is shown with its source.",
            "Las fuentes no coinciden; cada valor se muestra con su fuente."),
        _ => "",
    };

    public static string Category(string category) => (category, Es) switch
    {
        ("court-ruling", false) => "Court ruling",
        ("court-ruling", true) => "Fallo judicial",
        ("filing", true) => "Demanda o escrito",
        ("agreement", true) => "Acuerdo",
        ("request", true) => "Solicitud",
        ("disclosure", true) => "Divulgación",
        ("statement", true) => "Declaración",
        ("policy", true) => "Política",
        ("oversight", true) => "Supervisión",
        ("correction", true) => "Corrección",
        ("hearing", true) => "Audiencia",
        ("testimony", true) => "Testimonio",
        _ => Humanize(category),
    };

    public static string Outcome(string outcome) => (outcome, Es) switch
    {
        ("granted-in-part", false) => "Granted in part",
        ("partly-lifted", false) => "Partly lifted",
        ("indicated", false) => "Indicated (would rule)",
        ("granted-in-part", true) => "Concedida en parte",
        ("partly-lifted", true) => "Levantada en parte",
        ("indicated", true) => "Anunciado (fallaría)",
        ("granted", true) => "Concedida",
        ("denied", true) => "Denegada",
        ("dismissed", true) => "Desestimada",
        ("stayed", true) => "Suspendida",
        ("affirmed", true) => "Confirmada",
        ("reversed", true) => "Revocada",
        ("vacated", true) => "Anulada",
        ("ordered", true) => "Ordenado",
        _ => Humanize(outcome),
    };

    public static string RulingKind(string kind) => (kind, Es) switch
    {
        ("tro", false) => "Temporary restraining order",
        ("stay-and-preliminary-injunction", false) => "Stay and preliminary injunction",
        ("tro", true) => "Orden de restricción temporal",
        ("stay-and-preliminary-injunction", true) => "Suspensión y medida cautelar preliminar",
        ("preliminary-injunction", true) => "Medida cautelar preliminar",
        ("stay", true) => "Suspensión",
        ("order", true) => "Orden",
        ("appeal-opinion", true) => "Opinión de apelación",
        ("indicative-ruling", true) => "Fallo indicativo",
        ("memorandum-opinion", true) => "Opinión y memorando",
        ("modification", true) => "Modificación",
        _ => Humanize(kind),
    };

    public static string Status(string status) => status switch
    {
        "relief-granted" => Pick("Relief granted", "Amparo concedido"),
        "relief-denied" => Pick("Relief denied", "Amparo denegado"),
        "appeal-pending" => Pick("Appeal pending", "Apelación pendiente"),
        "partly-lifted" => Pick("Injunction partly lifted", "Medida cautelar levantada en parte"),
        "closed" => Pick("Closed", "Cerrado"),
        _ => Pick("Unknown", "Desconocido"),
    };

    public static string Outcome(string outcome, string kind) => kind == "order" && outcome == "ordered" ? Pick("Order issued", "Orden dictada") : Outcome(outcome);

    public static string RequestOutcome(string outcome) => outcome switch
    {
        "declined" => Pick("Declined", "Rechazada"),
        "rejected" => Pick("Rejected as deficient", "Rechazada por deficiente"),
        "partly-fulfilled" => Pick("Partly fulfilled", "Cumplida en parte"),
        "disputed" => Pick("Account disputed", "Versión en disputa"),
        _ => outcome,
    };

    // The dataset stores each reported value as its source stated it ("about 42,695", "7.3M") and has no
    // Spanish column for it: the few English quantity words in those values are rendered in Spanish here.
    // Digits are never touched. Ordered: longer phrases first.
    private static readonly (Regex Pattern, string Spanish)[] ValueWords =
    [
        (new(@"^1 \(one assistant director\)$"), "1 (un subdirector)"),
        (new(@"\bCalifornia and (\d+) others\b"), "California y otros $1"),
        (new(@"\bseventh leader\b"), "séptimo líder"),
        (new(@"\btens of thousands\b"), "decenas de miles"),
        (new(@"(\d)B/10-yr\b"), "$1 mil millones en 10 años"),
        (new(@"(\d)B\b"), "$1 mil millones"),
        (new(@"(\d)M\b"), "$1 millones"),
        (new(@"\b(more than|over)\b"), "más de"),
        (new(@"\b(less than|fewer than)\b"), "menos de"),
        (new(@"\bnearly\b"), "casi"),
        (new(@"\babout\b"), "cerca de"),
        (new(@"\bup to\b"), "hasta"),
        (new(@"\bmillion\b"), "millones"),
        (new(@"\brecords\b"), "registros"),
        (new(@"\bfilers\b"), "declarantes"),
        (new(@"\bdays\b"), "días"),
        (new(@"\byears\b"), "años"),
        (new(@"\bstates\b"), "estados"),
    ];

    /// <summary>A reported value as stated ("about 42,695"), with its quantity words in the page's language ("cerca de 42,695").</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static string? ValueText(string? value)
    {
        if (!Es || string.IsNullOrEmpty(value))
        {
            return value;
        }
        foreach (var (pattern, spanish) in ValueWords)
        {
            value = pattern.Replace(value, spanish);
        }
        return value;
    }

    /// <summary>Docket numbers are identifiers; only the notes around them ("not found", "(per ...)") are translated.</summary>
    public static string Dockets(string dockets) => !Es ? dockets : dockets
        .Replace("not found", "no se encontró", StringComparison.Ordinal)
        .Replace("(per ", "(según ", StringComparison.Ordinal)
        .Replace("(government appeal)", "(apelación del gobierno)", StringComparison.Ordinal);

    private static string Humanize(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('-', ' ');
}
