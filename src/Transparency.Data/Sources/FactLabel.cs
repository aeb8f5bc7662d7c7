using Transparency.Data.Values;

namespace Transparency.Data.Sources;

/// <summary>A source as the label rule sees it: what it is and who published it.</summary>
public sealed record CitedSource(string Id, SourceTier Tier, SourceKind Kind, string Publisher, string? OriginalOutlet);

/// <summary>
/// The one rule that turns what a fact rests on (<see cref="Basis"/>) and the best source it cites into the
/// words a reader sees. The builder runs it once per fact and stores the result in fact_labels, which every
/// page, chart, download and API response reads, so a fact has the same label everywhere.
/// "Court record" alone appears only where the court's own document (or its docket or transcript) is linked;
/// otherwise the label names who reported it and says whether we link only a copy or an aggregator.
/// </summary>
public static class FactLabel
{
    /// <summary>
    /// The best of a fact's sources: the lowest tier rank, then the first cited. For a court-record fact a
    /// primary document that is not the court's own (a report, an agreement) does not make it "Court record".
    /// </summary>
    public static CitedSource Best(IReadOnlyList<CitedSource> sources) =>
        sources.Select((s, i) => (s, i)).OrderBy(x => (int)x.s.Tier).ThenBy(x => x.i).First().s;

    /// <summary>True when the source is the document the fact rests on (for a court record: a court document, docket or transcript).</summary>
    public static bool LinksDocument(Basis basis, CitedSource source) =>
        source.Tier == SourceTier.PrimaryDocument
        && (basis != Basis.CourtRecord || source.Kind is SourceKind.CourtRecord or SourceKind.Transcript);

    public static string Describe(Basis basis, CitedSource best, bool sourcesConflict, Language language)
    {
        var es = language == Language.Es;
        var p = best.Publisher;
        var o = best.OriginalOutlet ?? best.Publisher;
        var linked = LinksDocument(basis, best);
        var label = (basis, best.Tier) switch
        {
            (Basis.AggregatorOnly, _) when best.OriginalOutlet is not null => es
                ? $"Solo una copia de {o} en un agregador ({p}); no se encontró el original"
                : $"Only an aggregator's copy of {o} ({p}); no original found",
            (Basis.AggregatorOnly, _) => es
                ? $"Solo un agregador ({p}); no se encontró una fuente original"
                : $"Only an aggregator ({p}); no original source found",
            (Basis.CourtRecord, _) when linked => es ? "Expediente judicial" : "Court record",
            (Basis.OfficialRecord, SourceTier.PrimaryDocument or SourceTier.OfficialRecord) => es ? "Registro oficial" : "Official record",
            (Basis.CourtRecord or Basis.OfficialRecord, _) => $"{From(basis, es)}; {WeLink(best, es)}",
            (Basis.Reporting, SourceTier.OriginalReporting) => es ? $"Según {p}" : $"Reported by {p}",
            (Basis.Reporting, SourceTier.Republication) => es
                ? $"Según {o}; solo enlazamos una copia ({p})"
                : $"Reported by {o}; we link only a copy ({p})",
            (Basis.Reporting, _) => es ? $"Noticia; enlazamos {p}" : $"Reported; we link {p}",
        };
        return sourcesConflict ? label + (es ? "; las fuentes no coinciden" : "; sources conflict") : label;
    }

    private static string From(Basis basis, bool es) => basis == Basis.CourtRecord
        ? es ? "De un expediente judicial" : "From a court record"
        : es ? "De una declaración oficial" : "From an official statement";

    private static string WeLink(CitedSource best, bool es) => best.Tier switch
    {
        // An official page hosted by someone else (a CRS report on EveryCRSReport.com) is named for its author.
        SourceTier.PrimaryDocument or SourceTier.OfficialRecord => es
            ? $"enlazamos el relato de {best.OriginalOutlet ?? best.Publisher}, no el documento"
            : $"we link {best.OriginalOutlet ?? best.Publisher}'s account of it, not the document",
        SourceTier.OriginalReporting => es
            ? $"enlazamos la noticia de {best.Publisher}, no el documento"
            : $"we link {The(best.Publisher)} report of it, not the document",
        _ => es
            ? $"enlazamos una copia ({best.Publisher}) de la noticia de {best.OriginalOutlet ?? best.Publisher}"
            : $"we link a copy ({best.Publisher}) of {The(best.OriginalOutlet ?? best.Publisher)} report of it",
    };

    // "the Fox News report", but "The Indiana Lawyer report", not "the The Indiana Lawyer report".
    private static string The(string outlet) => outlet.StartsWith("The ", StringComparison.Ordinal) ? outlet : "the " + outlet;
}

/// <summary>
/// The SQL that reads a fact's label beside its row: two columns, <c>sourcing</c> (the label, in the language of @es) and
/// <c>best_tier</c>, read from fact_labels through its primary key. One constant per kind of fact, each for the
/// alias the queries give that table (e for events, f figures, v figure_values, b request_batches, c cases,
/// r rulings), so the queries that splice them stay constants the query-plan test reads.
/// </summary>
internal static class FactLabelSql
{
    public const string Event = "(SELECT localized(@es, l.label, l.label_es) FROM fact_labels l WHERE l.subject = 'event' AND l.id = e.id) AS sourcing, (SELECT l.best_tier FROM fact_labels l WHERE l.subject = 'event' AND l.id = e.id) AS best_tier";
    public const string Figure = "(SELECT localized(@es, l.label, l.label_es) FROM fact_labels l WHERE l.subject = 'figure' AND l.id = f.id) AS sourcing, (SELECT l.best_tier FROM fact_labels l WHERE l.subject = 'figure' AND l.id = f.id) AS best_tier";
    public const string FigureValue = "(SELECT localized(@es, l.label, l.label_es) FROM fact_labels l WHERE l.subject = 'figure-value' AND l.id = v.id) AS sourcing, (SELECT l.best_tier FROM fact_labels l WHERE l.subject = 'figure-value' AND l.id = v.id) AS best_tier";
    public const string RequestBatch = "(SELECT localized(@es, l.label, l.label_es) FROM fact_labels l WHERE l.subject = 'request-batch' AND l.id = b.id) AS sourcing, (SELECT l.best_tier FROM fact_labels l WHERE l.subject = 'request-batch' AND l.id = b.id) AS best_tier";
    public const string Case = "(SELECT localized(@es, l.label, l.label_es) FROM fact_labels l WHERE l.subject = 'case' AND l.id = c.id) AS sourcing, (SELECT l.best_tier FROM fact_labels l WHERE l.subject = 'case' AND l.id = c.id) AS best_tier";
    public const string Ruling = "(SELECT localized(@es, l.label, l.label_es) FROM fact_labels l WHERE l.subject = 'ruling' AND l.id = r.id) AS sourcing, (SELECT l.best_tier FROM fact_labels l WHERE l.subject = 'ruling' AND l.id = r.id) AS best_tier";
}
