using System.Text.Json.Nodes;
using Transparency.Data.Cases;
using Transparency.Data.Downloads;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;
using Transparency.Data.Values;

namespace Transparency.Web.Downloads;

/// <summary>The page views as streams of rows: complete lists (never one page of them), read as they are written.</summary>
public static class ViewExports
{
    public static ViewRows Timeline(TimelineFilter filter, ViewStreams streams) => new(
        "timeline",
        "Timeline events matching the filters, in the order the page shows them, with their sources.",
        ["id", "occurred_on", "precision", "occurred_on_alt", "alt_precision", "date_derived", "date_note", "title", "summary",
         "category", "case_id", "ruling_id", "actors", "is_context", "sourcing", "best_tier", "caveat", "source_ids", "source_urls", "page"],
        ct => streams.CountTimelineAsync(filter, ct),
        ct => streams.TimelineAsync(filter, ct).Select(e => (IReadOnlyList<object?>)
        [
            e.Id, Iso(e.OccurredOn), Vocabulary.Text(e.OccurredOn.Precision), Iso(e.OccurredOnAlt), Vocabulary.Text(e.OccurredOnAlt?.Precision), e.DateDerived, e.DateNote, e.Title, e.Summary,
            Vocabulary.Text(e.Category), e.CaseId, e.RulingId, e.Actors, e.IsContext, e.Sourcing, Vocabulary.Text(e.BestTier), e.Caveat,
            Ids(e.Sources), Urls(e.Sources), "/events/" + e.Id,
        ]),
        new JsonObject
        {
            ["category"] = filter.Category,
            ["case"] = filter.CaseId,
            ["year"] = filter.Year,
            ["q"] = filter.Query,
            ["order"] = filter.OldestFirst ? "oldest" : "newest",
        });

    public static ViewRows Cases(CaseQueries cases) => new(
        "cases",
        "Court cases with their status and number of rulings, as the cases page shows them.",
        ["id", "name", "short_name", "court", "dockets", "judges", "plaintiffs", "defendants", "counsel", "filed_on", "filed_precision",
         "filed_on_alt", "filed_alt_precision", "status", "status_summary", "is_context", "sourcing", "best_tier", "ruling_count",
         "latest_ruling_on", "latest_ruling_precision", "source_ids", "source_urls", "page"],
        // Cases number in the thousands at most (a case per thousand events): read whole, written as a stream.
        async ct => (await All(cases, ct)).Count,
        ct => Stream(All(cases, ct), c => (IReadOnlyList<object?>)
        [
            c.Id, c.Name, c.ShortName, c.Court, string.Join("; ", c.Dockets.Select(d => d.Number)), c.Judges, c.Plaintiffs, c.Defendants, c.Counsel, Iso(c.FiledOn), Vocabulary.Text(c.FiledOn.Precision),
            Iso(c.FiledOnAlt), Vocabulary.Text(c.FiledOnAlt?.Precision), Vocabulary.Text(c.Status), c.StatusSummary, c.IsContext, c.Sourcing, Vocabulary.Text(c.BestTier), c.RulingCount,
            Iso(c.LatestRulingOn), Vocabulary.Text(c.LatestRulingOn?.Precision), Ids(c.Sources), Urls(c.Sources), "/cases/" + c.Id,
        ]));

    public static ViewRows Rulings(CaseQueries cases, string? caseId) => new(
        "rulings",
        "Every ruling in date order, as the rulings chart and table show them.",
        ["id", "case_id", "decided_on", "decided_precision", "decided_on_alt", "decided_alt_precision", "court", "judges", "kind", "outcome",
         "effect", "pages", "title", "summary", "quote", "quote_source_id", "sourcing", "best_tier", "source_ids", "source_urls", "page"],
        async ct => (await AllRulings(cases, caseId, ct)).Count,
        ct => Stream(AllRulings(cases, caseId, ct), r => (IReadOnlyList<object?>)
        [
            r.Id, r.CaseId, Iso(r.DecidedOn), Vocabulary.Text(r.DecidedOn.Precision), Iso(r.DecidedOnAlt), Vocabulary.Text(r.DecidedOnAlt?.Precision), r.Court, r.Judges, Vocabulary.Text(r.Kind), Vocabulary.Text(r.Outcome),
            Vocabulary.Text(r.Effect), r.Pages, r.Title, r.Summary, r.Quote, r.QuoteSourceId, r.Sourcing, Vocabulary.Text(r.BestTier), Ids(r.Sources), Urls(r.Sources), $"/cases/{r.CaseId}#{r.Id}",
        ]));

    public static ViewRows Requests(ViewStreams streams) => new(
        "requests",
        "Requests for IRS data with the preferred requested and disclosed counts, as the requests chart and table show them.",
        ["id", "label", "requester_id", "recipient_id", "requested_on", "requested_precision", "requested_on_alt", "requested_alt_precision",
         "requested_figure_id", "requested", "requested_text", "requested_unit", "disclosed_figure_id", "disclosed", "disclosed_text",
         "disclosed_on", "disclosed_precision", "outcome", "outcome_summary", "sourcing", "best_tier", "source_ids", "source_urls", "page"],
        streams.CountRequestsAsync,
        ct => streams.RequestsAsync(ct).Select(b => (IReadOnlyList<object?>)
        [
            b.Id, b.Label, b.RequesterId, b.RecipientId, Iso(b.RequestedOn), Vocabulary.Text(b.RequestedOn.Precision), Iso(b.RequestedOnAlt), Vocabulary.Text(b.RequestedOnAlt?.Precision),
            b.RequestedFigureId, b.Requested, b.RequestedText, b.RequestedUnit, b.DisclosedFigureId, b.Disclosed, b.DisclosedText,
            Iso(b.DisclosedOn), Vocabulary.Text(b.DisclosedOn?.Precision), Vocabulary.Text(b.Outcome), b.OutcomeSummary, b.Sourcing, Vocabulary.Text(b.BestTier), Ids(b.Sources), Urls(b.Sources), "/requests#" + b.Id,
        ]));

    private static Task<IReadOnlyList<CaseSummary>> All(CaseQueries cases, CancellationToken cancellationToken) =>
        cases.GetAllAsync(limit: int.MaxValue, cancellationToken: cancellationToken);

    private static Task<IReadOnlyList<Ruling>> AllRulings(CaseQueries cases, string? caseId, CancellationToken cancellationToken) =>
        cases.GetRulingsAsync(caseId, limit: int.MaxValue, cancellationToken: cancellationToken);

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Stream<T>(Task<IReadOnlyList<T>> items, Func<T, IReadOnlyList<object?>> row)
    {
        foreach (var item in await items)
        {
            yield return row(item);
        }
    }

    // Downloads carry the data's own spellings: ISO dates and kebab-case vocabulary values, as in the CSVs.
    private static string? Iso(PartialDate? date) => date?.ToString();

    // In CSV a list is one cell joined by "; "; in JSON it stays an array.
    private static string[] Ids(IReadOnlyList<SourceRef> sources) => sources.Select(s => s.Id).ToArray();

    private static string[] Urls(IReadOnlyList<SourceRef> sources) => sources.Select(s => s.Url).ToArray();
}
