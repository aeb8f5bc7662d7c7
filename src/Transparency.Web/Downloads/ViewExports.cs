using System.Text.Json.Nodes;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;

namespace Transparency.Web.Downloads;

/// <summary>A page's view as rows: the same records the page renders, flattened for CSV and JSON.</summary>
public sealed record ViewTable(string Name, string Description, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, JsonObject? Filters = null)
{
    public byte[] Csv() => CsvExport.Write(Columns, Rows);

    public byte[] Json(DatasetInfo info)
    {
        var rows = new JsonArray();
        foreach (var row in Rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < Columns.Count; i++)
            {
                item[Columns[i]] = row[i] switch
                {
                    null => null,
                    bool b => JsonValue.Create(b),
                    long n => JsonValue.Create(n),
                    double d => JsonValue.Create(d),
                    string[] list => new JsonArray([.. list.Select(x => JsonValue.Create(x))]),
                    var v => JsonValue.Create(v.ToString()),
                };
            }
            rows.Add(item);
        }
        return JsonExport.Envelope(info, Name, Description, rows, Filters);
    }
}

public static class ViewExports
{
    public static ViewTable Timeline(IReadOnlyList<TimelineEvent> events, TimelineFilter filter) => new(
        "timeline",
        "Timeline events matching the filters, in the order the page shows them, with their sources.",
        ["id", "occurred_on", "precision", "occurred_on_alt", "alt_precision", "date_derived", "date_note", "title", "summary",
         "category", "case_id", "ruling_id", "actors", "is_context", "confidence", "confidence_note", "source_ids", "source_urls", "page"],
        events.Select(e => (IReadOnlyList<object?>)
        [
            e.Id, e.OccurredOn, e.Precision, e.OccurredOnAlt, e.AltPrecision, e.DateDerived, e.DateNote, e.Title, e.Summary,
            e.Category, e.CaseId, e.RulingId, e.Actors, e.IsContext, e.Confidence, e.ConfidenceNote,
            Ids(e.Sources), Urls(e.Sources), "/timeline#" + e.Id,
        ]).ToList(),
        new JsonObject
        {
            ["category"] = filter.Category,
            ["case"] = filter.CaseId,
            ["year"] = filter.Year,
            ["q"] = filter.Query,
            ["order"] = filter.OldestFirst ? "oldest" : "newest",
        });

    public static ViewTable Cases(IReadOnlyList<CaseSummary> cases) => new(
        "cases",
        "Court cases with their status and number of rulings, as the cases page shows them.",
        ["id", "name", "short_name", "court", "dockets", "judges", "plaintiffs", "defendants", "counsel", "filed_on", "filed_precision",
         "filed_on_alt", "filed_alt_precision", "status", "status_summary", "is_context", "confidence", "ruling_count",
         "latest_ruling_on", "latest_ruling_precision", "source_ids", "source_urls", "page"],
        cases.Select(c => (IReadOnlyList<object?>)
        [
            c.Id, c.Name, c.ShortName, c.Court, c.Dockets, c.Judges, c.Plaintiffs, c.Defendants, c.Counsel, c.FiledOn, c.FiledPrecision,
            c.FiledOnAlt, c.FiledAltPrecision, c.Status, c.StatusSummary, c.IsContext, c.Confidence, c.RulingCount,
            c.LatestRulingOn, c.LatestRulingPrecision, Ids(c.Sources), Urls(c.Sources), "/cases/" + c.Id,
        ]).ToList());

    public static ViewTable Rulings(IReadOnlyList<Ruling> rulings) => new(
        "rulings",
        "Every ruling in date order, as the rulings chart and table show them.",
        ["id", "case_id", "decided_on", "decided_precision", "decided_on_alt", "decided_alt_precision", "court", "judges", "kind", "outcome",
         "pages", "title", "summary", "quote", "quote_source_id", "confidence", "source_ids", "source_urls", "page"],
        rulings.Select(r => (IReadOnlyList<object?>)
        [
            r.Id, r.CaseId, r.DecidedOn, r.DecidedPrecision, r.DecidedOnAlt, r.DecidedAltPrecision, r.Court, r.Judges, r.Kind, r.Outcome,
            r.Pages, r.Title, r.Summary, r.Quote, r.QuoteSourceId, r.Confidence, Ids(r.Sources), Urls(r.Sources), $"/cases/{r.CaseId}#{r.Id}",
        ]).ToList());

    public static ViewTable Requests(IReadOnlyList<RequestBatch> batches) => new(
        "requests",
        "Requests for IRS data with the preferred requested and disclosed counts, as the requests chart and table show them.",
        ["id", "label", "requester_id", "recipient_id", "requested_on", "requested_precision", "requested_on_alt", "requested_alt_precision",
         "requested_figure_id", "requested", "requested_text", "requested_unit", "disclosed_figure_id", "disclosed", "disclosed_text",
         "disclosed_on", "disclosed_precision", "outcome", "outcome_summary", "confidence", "source_ids", "source_urls", "page"],
        batches.Select(b => (IReadOnlyList<object?>)
        [
            b.Id, b.Label, b.RequesterId, b.RecipientId, b.RequestedOn, b.RequestedPrecision, b.RequestedOnAlt, b.RequestedAltPrecision,
            b.RequestedFigureId, b.Requested, b.RequestedText, b.RequestedUnit, b.DisclosedFigureId, b.Disclosed, b.DisclosedText,
            b.DisclosedOn, b.DisclosedPrecision, b.Outcome, b.OutcomeSummary, b.Confidence, Ids(b.Sources), Urls(b.Sources), "/requests#" + b.Id,
        ]).ToList());

    // In CSV a list is one cell joined by "; "; in JSON it stays an array.
    private static string[] Ids(IReadOnlyList<SourceRef> sources) => sources.Select(s => s.Id).ToArray();

    private static string[] Urls(IReadOnlyList<SourceRef> sources) => sources.Select(s => s.Url).ToArray();
}
