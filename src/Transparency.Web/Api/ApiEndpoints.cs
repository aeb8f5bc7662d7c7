using Transparency.Data.Values;
using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Documents;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Search;
using Transparency.Data;
using Transparency.Web.Localization;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;

namespace Transparency.Web.Api;

/// <summary>The read-only JSON API under /api/v1: every table the site shows, with its sources.</summary>
public static class ApiEndpoints
{
    public const string CorsPolicy = "public-api";
    public const string ApiVersion = "1";

    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiRoutes.Root).RequireCors(CorsPolicy).AddEndpointFilter(ApiFailures.AsProblemAsync);

        // GET also answers HEAD: routing treats HEAD as GET (HeadRequests), so it is not mapped, nor documented, twice.
        api.MapGet("", GetIndexAsync).Describe("getIndex", "Dataset", "Start here: links to every collection",
            "The API's front door: its version, the dataset version, the licence and a link to every collection and to this OpenAPI document.");
        api.MapGet("/meta", GetMetaAsync).Describe("getMeta", "Dataset", "Dataset version, coverage, build and row counts", """
            Which dataset every other response comes from: its semantic `version`, `as_of` (the date the facts were
            last checked), `coverage_end` (the last date the sources cover), when this copy was built (`built_at`)
            and the SHA-256 of the CSV inputs it was built from (`inputs_sha256`), the licence, and how many rows
            each table holds. Cite `version` (or `inputs_sha256`) with any number you take from the API.
            """);
        api.MapGet("/events", GetEventsAsync).Describe("listEvents", "Events", "Timeline events, filtered and paged", """
            Every event in the timeline, with the same filters as the `/timeline` page, which shows exactly the
            same events for the same filter. Filters combine (AND). Newest first unless `order=oldest`; a month-
            or year-precision date sorts at the middle of its period, and ties are broken by `id`, so pages are
            stable. A page past the last one has an empty `data` array.

            Dates are ISO 8601 at the precision named beside them (`precision`: `day` = YYYY-MM-DD,
            `month` = YYYY-MM, `year` = YYYY). `occurred_on_alt` is a second date some sources give.
            `is_context` marks items (Medicaid, Social Security) that are context, not part of the IRS-ICE story.
            """);
        api.MapGet("/events/{id}", GetEventAsync).Describe("getEvent", "Events", "One timeline event",
            "One event by its stable id, with its sources and its sourcing label.", notFound: true);
        api.MapGet("/cases", GetCasesAsync).Describe("listCases", "Cases", "Every lawsuit, with its rulings, paged", """
            Every case in the dataset in editorial order, a page at a time (follow `links.next` until it is null;
            `total` counts them all), each with its rulings in date order and its sources. `is_context` marks cases
            that are not about IRS data. `links.events` lists the case's timeline events.
            """);
        api.MapGet("/cases/{id}", GetCaseAsync).Describe("getCase", "Cases", "One lawsuit, with its rulings",
            "One case by its stable id, with its rulings in date order (each with its sources) and the case's own sources.", notFound: true);
        api.MapGet("/requests", GetRequestsAsync).Describe("listRequests", "Requests", "Requests for taxpayer data and what came of them", """
            Every request batch (who asked whom, when, for how many records) and its outcome, in editorial order, a
            page at a time (follow `links.next` until it is null; `total` counts them all). `requested_value`
            and `disclosed_value` are the preferred values of the figures named by `requested_figure_id` and
            `disclosed_figure_id`; other reported values of the same counts, with who said them, are under
            `/api/v1/figures/{id}`. A count nobody reported is `null`, never `0`.
            """);
        api.MapGet("/requests/{id}", GetRequestAsync).Describe("getRequest", "Requests", "One request for taxpayer data",
            "One request batch by its stable id, with its preferred counts, outcome and sources.", notFound: true);
        api.MapGet("/figures", GetFiguresAsync).Describe("listFigures", "Figures", "Every figure, with all its reported values, paged", """
            Every metric, headline figures first, a page at a time (follow `links.next` until it is null; `total`
            counts them all), with every value reported for it side by side: who stated it
            (`stated_by`), as of when, what exactly it counts (`counts_what`), its sourcing label and sources. One value per
            figure is preferred (`is_preferred`) by the written rule in the methodology; the others are kept, never
            merged. `value` is `null` when a source gave no number (for example "several thousand").
            """);
        api.MapGet("/figures/{id}", GetFigureAsync).Describe("getFigure", "Figures", "One figure: every reported value and where it is mentioned",
            "One metric by its stable id, with every reported value (who said it, what it counts, whether it is preferred, its sources) and the events and rulings that mention it: a figure can be mentioned thousands of times, so `mentions` is paged by `page` and `page_size`, with `mentions_total` and `mentions_next`.",
            notFound: true);
        api.MapGet("/sources", GetSourcesAsync).Describe("listSources", "Sources", "Every public source, best tier first, paged",
            $"Every public document a fact rests on, best tier first (primary documents, official records, original reporting, republications, aggregators), then by publisher and label (ties by id), as the `/sources` page lists them; `tier` keeps one tier. Each comes with the first {SourceQueries.UsesInList} facts that cite it (`used_by`), how many do (`used_by_total`) and where the rest are (`used_by_next`).");
        api.MapGet("/sources/{id}", GetSourceAsync).Describe("getSource", "Sources", "One public source and what cites it",
            "One source by its stable id, with the events, figures, requests, cases, rulings and open questions that cite it: a source can be cited thousands of times, so `used_by` is paged by `page` and `page_size`, with `used_by_total` and `used_by_next`.",
            notFound: true);
        api.MapGet("/documents", GetDocumentsAsync).Describe("listDocuments", "Documents", "The primary documents the facts rest on, paged", """
            Every court opinion, order, declaration, transcript, brief, complaint, report and agreement the facts
            rest on, in the order of the `/documents` page, a page at a time (follow `links.next` until it is
            null). Each says where it was filed (`docket`, with a CourtListener docket search), its date and
            length where a source gives them, the `reference` exactly as a source writes it, the ruling or event
            it records with that fact's `sources` (best tier first), and whether a source holds it (`stored`):
            most are referenced, not stored, because no copy was found in the sources we could search.
            """);

        api.MapGet("/search", GetSearchAsync).Describe("search", "Search", "Search every kind of item, in English and Spanish", $"""
            The site search (the `/search` page): events, cases, rulings, figures, reported values, requests,
            documents and sources, matched in English and Spanish alike, answered as one group per kind (or only
            `kind`), each paged by `page` and `page_size`. Each result gives its title and a short excerpt with the
            matching words marked (`title_runs`, `excerpt_runs`) and links to the item in the API and on the site.

            To stay fast whatever the words, at most {SearchQueries.Cap:#,0} matches of a kind are counted and
            paged (`total_capped` is true beyond). A group is ranked best match first (bm25, titles weighing four
            times the rest) when it has at most {SearchQueries.RankLimit:#,0} matches and the words searched are
            held by at most {SearchQueries.RankPostings:#,0} items altogether; otherwise `ranked` is false and its
            results are in the order the site lists that kind (events newest first). A page past the last one
            has an empty `data` array.
            """);

        // Anything else under /api/v1 is answered here, as problem details, instead of by the HTML 404 page.
        api.Map("{**path}", Fallback).ExcludeFromDescription();
        return api;
    }

    /// <summary>
    /// Names and words for the OpenAPI document; the parameters, the 200 schema and the problem responses come
    /// from the handler's signature and [AsParameters] records. Every operation refuses unknown or repeated query
    /// parameters (400) and answers a matching If-None-Match with 304 (HttpCaching).
    /// </summary>
    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string operationId, string tag, string summary, string description, bool notFound = false)
    {
        builder.WithName(operationId).WithTags(tag).WithSummary(summary).WithDescription(description)
            .AddEndpointFilterFactory(ApiQueryCheck.Create)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return notFound ? builder.ProducesProblem(StatusCodes.Status404NotFound) : builder;
    }

    private static async Task<Ok<ApiIndex>> GetIndexAsync(DatasetQueries dataset, CancellationToken ct) =>
        TypedResults.Ok(await BuildIndexAsync(dataset, ct));

    private static async Task<Ok<ApiMeta>> GetMetaAsync(DatasetQueries dataset, CancellationToken ct) =>
        TypedResults.Ok(await BuildMetaAsync(dataset, ct));

    private static async Task<Results<Ok<ApiPage<ApiEvent>>, ProblemHttpResult>> GetEventsAsync(
        HttpContext http, [AsParameters] ApiEventFilters filters, [AsParameters] ApiPaging paging, TimelineQueries timeline, CancellationToken ct)
    {
        // A case or year must be one the timeline page offers (one with events), so both show the same events;
        // which ones is data, not a fixed list the framework could check.
        var facets = await timeline.GetFacetsAsync(ct);
        var caseId = string.IsNullOrEmpty(filters.Case) ? null : filters.Case;
        if (caseId is not null && !facets.Cases.Any(f => f.Value == caseId))
        {
            return ApiProblems.BadParameter(http, "case", $"No case with events has the id “{caseId}”. The cases are listed at /api/v1/cases.");
        }
        var year = filters.Year?.ToString(CultureInfo.InvariantCulture);
        if (year is not null && !facets.Years.Any(f => f.Value == year))
        {
            return ApiProblems.BadParameter(http, "year", $"No event is dated in the year {year}. Years with events: {string.Join(", ", facets.Years.Select(f => f.Value))}.");
        }
        var filter = new EventsFilter
        {
            Category = string.IsNullOrEmpty(filters.Category) ? null : filters.Category,
            CaseId = caseId,
            Year = year,
            Query = string.IsNullOrWhiteSpace(filters.Q) ? null : filters.Q.Trim(),
            OldestFirst = filters.Order == "oldest",
        };
        return TypedResults.Ok(await BuildEventsAsync(timeline, filter, paging.Number, paging.Size, ct));
    }

    private static async Task<Results<Ok<ApiEvent>, ProblemHttpResult>> GetEventAsync(HttpContext http, [Description(IdDescription)] string id, TimelineQueries timeline, CancellationToken ct)
    {
        var found = await timeline.GetAsync(id, cancellationToken: ct);
        return found is null ? NotFound(http, "event", id) : TypedResults.Ok(ApiEvent.From(found));
    }

    private static async Task<Ok<ApiPage<ApiCase>>> GetCasesAsync([AsParameters] ApiPaging paging, CaseQueries cases, CancellationToken ct) =>
        TypedResults.Ok(await BuildCasesAsync(cases, paging.Number, paging.Size, ct));

    private static async Task<Results<Ok<ApiCase>, ProblemHttpResult>> GetCaseAsync(HttpContext http, [Description(IdDescription)] string id, CaseQueries cases, CancellationToken ct)
    {
        var found = await BuildCaseAsync(cases, id, ct);
        return found is null ? NotFound(http, "case", id) : TypedResults.Ok(found);
    }

    private static async Task<Ok<ApiPage<ApiRequestBatch>>> GetRequestsAsync([AsParameters] ApiPaging paging, RequestQueries requests, CancellationToken ct) =>
        TypedResults.Ok(await BuildRequestsAsync(requests, paging.Number, paging.Size, ct));

    private static async Task<Results<Ok<ApiRequestBatch>, ProblemHttpResult>> GetRequestAsync(HttpContext http, [Description(IdDescription)] string id, RequestQueries requests, CancellationToken ct)
    {
        var found = await requests.GetBatchAsync(id, cancellationToken: ct);
        return found is null ? NotFound(http, "request batch", id) : TypedResults.Ok(ApiRequestBatch.From(found));
    }

    private static async Task<Ok<ApiPage<ApiFigure>>> GetFiguresAsync([AsParameters] ApiPaging paging, FigureQueries figures, CancellationToken ct) =>
        TypedResults.Ok(await BuildFiguresAsync(figures, paging.Number, paging.Size, ct));

    // page and page_size choose the page of the figure's mentions.
    private static async Task<Results<Ok<ApiFigureDetail>, ProblemHttpResult>> GetFigureAsync(
        HttpContext http, [Description(IdDescription)] string id, [AsParameters] ApiPaging paging, FigureQueries figures, CancellationToken ct)
    {
        var found = await figures.GetAsync(id, mentionPage: paging.Number, mentionPageSize: paging.Size, cancellationToken: ct);
        return found is null ? NotFound(http, "figure", id) : TypedResults.Ok(ApiFigureDetail.From(found, paging.Number, paging.Size));
    }

    private static async Task<Ok<ApiPage<ApiSource>>> GetSourcesAsync([AsParameters] ApiSourceFilters filters, [AsParameters] ApiPaging paging, SourceQueries sources, CancellationToken ct) =>
        TypedResults.Ok(await BuildSourcesAsync(sources, paging.Number, paging.Size, ct, string.IsNullOrEmpty(filters.Tier) ? null : Vocabulary.Parse<SourceTier>(filters.Tier)));

    // page and page_size choose the page of the source's uses.
    private static async Task<Results<Ok<ApiSource>, ProblemHttpResult>> GetSourceAsync(
        HttpContext http, [Description(IdDescription)] string id, [AsParameters] ApiPaging paging, SourceQueries sources, CancellationToken ct)
    {
        var found = await sources.GetAsync(id, usePage: paging.Number, usePageSize: paging.Size, cancellationToken: ct);
        return found is null ? NotFound(http, "source", id) : TypedResults.Ok(ApiSource.From(found, paging.Number, paging.Size));
    }

    private static async Task<Ok<ApiPage<ApiDocument>>> GetDocumentsAsync([AsParameters] ApiPaging paging, DocumentQueries documents, CancellationToken ct) =>
        TypedResults.Ok(await BuildDocumentsAsync(documents, paging.Number, paging.Size, ct));

    private static async Task<Results<Ok<ApiSearchResults>, ProblemHttpResult>> GetSearchAsync(
        HttpContext http, [AsParameters] ApiSearchFilters filters, [AsParameters] ApiPaging paging, SearchQueries search, CancellationToken ct)
    {
        var words = SearchWords.Parse(filters.Q);
        if (words.NothingSearchable)
        {
            return ApiProblems.BadParameter(http, "q", "The text to search for (q) has no letter or digit: give at least one word, name or number.");
        }
        var language = filters.Lang == "es" ? Language.Es : Language.En;
        SearchKind? kind = string.IsNullOrEmpty(filters.Kind) ? null : Vocabulary.Parse<SearchKind>(filters.Kind);
        var result = await search.SearchAsync(words, language, kind, paging.Number, paging.Size, ct);
        return TypedResults.Ok(BuildSearch(result, language, kind, paging.Number, paging.Size));
    }

    internal static ApiSearchResults BuildSearch(SearchResult result, Language language, SearchKind? kind, int page, int pageSize)
    {
        var lang = Languages.Code(language);
        KeyValuePair<string, string?>[] query =
        [
            new("q", result.Words.Text),
            new("kind", kind is { } k ? Vocabulary.Text(k) : null),
            new("lang", language == Language.Es ? "es" : null),
        ];
        return new ApiSearchResults
        {
            Q = result.Words.Text,
            Words = result.Words.Words,
            Shortened = result.Words.Shortened,
            WordsDropped = result.Words.WordsDropped,
            Lang = lang,
            Groups = result.Groups.Select(g =>
            {
                var paged = Page(g.Hits.Select(h => ApiSearchHit.From(h, language)).ToList(), g.Total, page, pageSize, ApiRoutes.Search,
                    query.Where(q => q.Key != "kind").Append(new("kind", Vocabulary.Text(g.Kind))));
                return new ApiSearchGroup
                {
                    Kind = Vocabulary.Text(g.Kind),
                    Total = g.Total,
                    TotalCapped = g.TotalCapped,
                    Ranked = g.Ranked,
                    Page = paged.Page,
                    PageSize = paged.PageSize,
                    TotalPages = paged.TotalPages,
                    Data = paged.Data,
                    Links = paged.Links,
                };
            }).ToList(),
            Links = new ApiLinks
            {
                Self = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(ApiRoutes.Search, query.Where(q => q.Value is not null).Concat(
                [
                    new("page", page.ToString(CultureInfo.InvariantCulture)),
                    new("page_size", pageSize.ToString(CultureInfo.InvariantCulture)),
                ])),
                Html = Languages.Href(language, Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", query.Where(q => q.Key != "lang" && q.Value is not null))),
            },
        };
    }

    private const string IdDescription = "The stable id: a lowercase slug that never changes once published.";

    /// <summary>The API is read-only: an unknown path is a 404, a known one asked with another method a 405.</summary>
    private static ProblemHttpResult Fallback(HttpContext http)
    {
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return ApiProblems.NotFound(http, "There is nothing at this address. The list of addresses is at /api/v1 and in /openapi/v1.json.");
        }
        http.Response.Headers.Allow = "GET, HEAD";
        return ApiProblems.Create(http, StatusCodes.Status405MethodNotAllowed, $"The API is read-only: use GET or HEAD, not {method}.");
    }

    private static ProblemHttpResult NotFound(HttpContext http, string kind, string id) =>
        ApiProblems.NotFound(http, $"There is no {kind} with the id “{(id.Length <= 80 ? id : id[..80] + "…")}”.");


    internal static async Task<ApiIndex> BuildIndexAsync(DatasetQueries dataset, CancellationToken ct)
    {
        var info = await dataset.GetInfoAsync(cancellationToken: ct);
        return new ApiIndex
        {
            Title = info.Title,
            ApiVersion = ApiVersion,
            DatasetVersion = info.Version,
            License = info.License,
            LicenseUrl = info.LicenseUrl,
            Links = new ApiIndexLinks
            {
                Self = ApiRoutes.Root,
                Meta = $"{ApiRoutes.Root}/meta",
                Events = $"{ApiRoutes.Root}/events",
                Cases = $"{ApiRoutes.Root}/cases",
                Requests = $"{ApiRoutes.Root}/requests",
                Figures = $"{ApiRoutes.Root}/figures",
                Sources = $"{ApiRoutes.Root}/sources",
                Documents = ApiRoutes.Documents,
                Search = ApiRoutes.Search,
                Openapi = ApiRoutes.OpenApi,
                Html = "/",
            },
        };
    }

    internal static async Task<ApiMeta> BuildMetaAsync(DatasetQueries dataset, CancellationToken ct)
    {
        var info = await dataset.GetInfoAsync(cancellationToken: ct);
        var counts = await dataset.GetRowCountsAsync(ct);
        var tiers = await dataset.GetTierCountsAsync(ct);
        return new ApiMeta
        {
            ApiVersion = ApiVersion,
            Version = info.Version,
            Title = info.Title,
            Description = info.Description,
            Publisher = info.Publisher,
            AsOf = info.AsOf,
            CheckedNote = info.CheckedNote,
            FactsByBestTier = tiers.ToDictionary(t => Vocabulary.Text(t.Tier), t => t.Facts, StringComparer.Ordinal),
            CoverageEnd = info.CoverageEnd,
            BuiltAt = info.BuiltAt,
            InputsSha256 = info.InputsSha256,
            License = info.License,
            LicenseUrl = info.LicenseUrl,
            RowCounts = counts.ToDictionary(c => c.TableName, c => c.Rows, StringComparer.Ordinal),
            Links = new ApiMetaLinks
            {
                Self = $"{ApiRoutes.Root}/meta",
                Openapi = ApiRoutes.OpenApi,
                Downloads = "/data",
                Methodology = "/methodology",
            },
        };
    }

    internal sealed record EventsFilter
    {
        public string? Category { get; init; }
        public string? CaseId { get; init; }
        public string? Year { get; init; }
        public string? Query { get; init; }
        public bool OldestFirst { get; init; }
    }

    internal static async Task<ApiPage<ApiEvent>> BuildEventsAsync(TimelineQueries timeline, EventsFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var result = await timeline.SearchAsync(new TimelineFilter
        {
            Category = filter.Category,
            CaseId = filter.CaseId,
            Year = filter.Year is null ? null : int.Parse(filter.Year, CultureInfo.InvariantCulture),
            Query = filter.Query,
            OldestFirst = filter.OldestFirst,
            Page = page,
            PageSize = pageSize,
        }, facets: TimelineFacets.Empty, cancellationToken: ct);
        KeyValuePair<string, string?>[] query =
        [
            new("category", filter.Category),
            new("case", filter.CaseId),
            new("year", filter.Year),
            new("q", filter.Query),
            new("order", filter.OldestFirst ? "oldest" : null),
        ];
        return Page(result.Events.Select(ApiEvent.From).ToList(), result.Total, page, pageSize, $"{ApiRoutes.Root}/events", query, result.TotalCapped);
    }

    internal static async Task<ApiPage<ApiCase>> BuildCasesAsync(CaseQueries cases, int page, int pageSize, CancellationToken ct)
    {
        var result = await cases.GetPageAsync(page, pageSize, cancellationToken: ct);
        var rulings = (await cases.GetRulingsOfAsync(result.Cases.Select(c => c.Id).ToList(), cancellationToken: ct)).ToLookup(r => r.CaseId);
        return Page(result.Cases.Select(c => ApiCase.From(c, rulings[c.Id])).ToList(), result.Total, page, pageSize, $"{ApiRoutes.Root}/cases", []);
    }

    internal static async Task<ApiCase?> BuildCaseAsync(CaseQueries cases, string id, CancellationToken ct)
    {
        var found = await cases.GetAsync(id, cancellationToken: ct);
        return found is null ? null : ApiCase.From(found, await cases.GetRulingsAsync(id, cancellationToken: ct));
    }

    internal static async Task<ApiPage<ApiRequestBatch>> BuildRequestsAsync(RequestQueries requests, int page, int pageSize, CancellationToken ct)
    {
        var batches = await requests.GetBatchesAsync(null, page: page, pageSize: pageSize, cancellationToken: ct);
        var total = await requests.CountAsync(ct);
        return Page(batches.Select(ApiRequestBatch.From).ToList(), total, page, pageSize, $"{ApiRoutes.Root}/requests", []);
    }

    internal static async Task<ApiPage<ApiFigure>> BuildFiguresAsync(FigureQueries figures, int page, int pageSize, CancellationToken ct)
    {
        var result = await figures.GetPageAsync(page, pageSize, cancellationToken: ct);
        var values = (await figures.GetValuesAsync(result.Figures.Select(f => f.Id).ToList(), cancellationToken: ct)).ToLookup(v => v.FigureId);
        return Page(result.Figures.Select(f => ApiFigure.From(f, values[f.Id])).ToList(), result.Total, page, pageSize, $"{ApiRoutes.Root}/figures", []);
    }

    internal static async Task<ApiPage<ApiSource>> BuildSourcesAsync(SourceQueries sources, int page, int pageSize, CancellationToken ct, SourceTier? tier = null)
    {
        var result = await sources.GetPageAsync(page, pageSize, tier: tier, cancellationToken: ct);
        return Page(result.Sources.Select(s => ApiSource.From(s, 1, SourceQueries.UsesInList)).ToList(), result.Total, page, pageSize, $"{ApiRoutes.Root}/sources",
            [new("tier", tier is { } t ? Vocabulary.Text(t) : null)]);
    }

    internal static async Task<ApiPage<ApiDocument>> BuildDocumentsAsync(DocumentQueries documents, int page, int pageSize, CancellationToken ct)
    {
        var result = await documents.GetPageAsync(page, pageSize, cancellationToken: ct);
        var first = (long)(page - 1) * pageSize + 1;
        return Page(result.Documents.Select((d, i) => ApiDocument.From(d, first + i)).ToList(), result.Total, page, pageSize, ApiRoutes.Documents, []);
    }

    private static ApiPage<T> Page<T>(IReadOnlyList<T> data, long total, int page, int pageSize, string path, IEnumerable<KeyValuePair<string, string?>> filters, bool totalCapped = false)
    {
        var totalPages = (total + pageSize - 1) / pageSize;
        var last = (int)Math.Max(1, totalPages);
        var kept = filters.Where(f => f.Value is not null).ToList();
        string Link(int number) => QueryHelpers.AddQueryString(path, kept.Concat(
        [
            new("page", number.ToString(CultureInfo.InvariantCulture)),
            new("page_size", pageSize.ToString(CultureInfo.InvariantCulture)),
        ]));
        return new ApiPage<T>
        {
            Data = data,
            Page = page,
            PageSize = pageSize,
            Total = total,
            TotalCapped = totalCapped,
            TotalPages = totalPages,
            Links = new ApiPageLinks
            {
                Self = Link(page),
                First = Link(1),
                Last = Link(last),
                Prev = page > 1 ? Link(Math.Min(page - 1, last)) : null,
                Next = page < totalPages ? Link(page + 1) : null,
            },
        };
    }
}
