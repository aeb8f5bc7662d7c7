using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;

namespace Transparency.Web.Api;

/// <summary>The read-only JSON API under /api/v1: every table the site shows, with its sources.</summary>
public static class ApiEndpoints
{
    public const string CorsPolicy = "public-api";
    public const string ApiVersion = "1";

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string[] EventParameters = ["category", "case", "year", "q", "order", "page", "page_size"];
    private static readonly string[] PageParameters = ["page", "page_size"];

    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiRoutes.Root).RequireCors(CorsPolicy).AddEndpointFilter(ApiFailures.AsProblemAsync);

        api.MapMethods("", GetAndHead, GetIndexAsync).Describe(ApiDocs.Index);
        api.MapMethods("/meta", GetAndHead, GetMetaAsync).Describe(ApiDocs.Meta);
        api.MapMethods("/events", GetAndHead, GetEventsAsync).Describe(ApiDocs.Events);
        api.MapMethods("/events/{id}", GetAndHead, GetEventAsync).Describe(ApiDocs.Event);
        api.MapMethods("/cases", GetAndHead, GetCasesAsync).Describe(ApiDocs.Cases);
        api.MapMethods("/cases/{id}", GetAndHead, GetCaseAsync).Describe(ApiDocs.Case);
        api.MapMethods("/requests", GetAndHead, GetRequestsAsync).Describe(ApiDocs.Requests);
        api.MapMethods("/requests/{id}", GetAndHead, GetRequestAsync).Describe(ApiDocs.Request);
        api.MapMethods("/figures", GetAndHead, GetFiguresAsync).Describe(ApiDocs.Figures);
        api.MapMethods("/figures/{id}", GetAndHead, GetFigureAsync).Describe(ApiDocs.Figure);
        api.MapMethods("/sources", GetAndHead, GetSourcesAsync).Describe(ApiDocs.Sources);
        api.MapMethods("/sources/{id}", GetAndHead, GetSourceAsync).Describe(ApiDocs.Source);

        // Anything else under /api/v1 is answered here, as problem details, instead of by the HTML 404 page.
        api.Map("{**path}", Fallback).ExcludeFromDescription();
        return api;
    }

    private static async Task<IResult> GetIndexAsync(HttpContext http, DatasetQueries dataset, CancellationToken ct) =>
        new ApiQuery(http).Problem ?? ApiResults.Json(await BuildIndexAsync(dataset, ct));

    private static async Task<IResult> GetMetaAsync(HttpContext http, DatasetQueries dataset, CancellationToken ct) =>
        new ApiQuery(http).Problem ?? ApiResults.Json(await BuildMetaAsync(dataset, ct));

    private static async Task<IResult> GetEventsAsync(HttpContext http, TimelineQueries timeline, CancellationToken ct)
    {
        var query = new ApiQuery(http, EventParameters);
        // The filters accept exactly the values the timeline page offers, so both show the same events.
        var facets = await timeline.GetFacetsAsync(ct);
        var filter = new EventsFilter
        {
            Category = query.OneOf("category", facets.Categories.Select(f => f.Value)),
            CaseId = query.OneOf("case", facets.Cases.Select(f => f.Value)),
            Year = query.OneOf("year", facets.Years.Select(f => f.Value)),
            Query = query.Text("q"),
            OldestFirst = query.OneOf("order", ["newest", "oldest"]) == "oldest",
        };
        var (page, pageSize) = query.Paging();
        return query.Problem ?? ApiResults.Json(await BuildEventsAsync(timeline, filter, page, pageSize, ct));
    }

    private static async Task<IResult> GetEventAsync(HttpContext http, string id, TimelineQueries timeline, CancellationToken ct)
    {
        if (new ApiQuery(http).Problem is { } problem)
        {
            return problem;
        }
        var found = await timeline.GetAsync(id, cancellationToken: ct);
        return found is null ? NotFound(http, "event", id) : ApiResults.Json(ApiEvent.From(found));
    }

    private static async Task<IResult> GetCasesAsync(HttpContext http, CaseQueries cases, CancellationToken ct)
    {
        var query = new ApiQuery(http, PageParameters);
        var (page, pageSize) = query.Paging();
        return query.Problem ?? ApiResults.Json(await BuildCasesAsync(cases, page, pageSize, ct));
    }

    private static async Task<IResult> GetCaseAsync(HttpContext http, string id, CaseQueries cases, CancellationToken ct)
    {
        if (new ApiQuery(http).Problem is { } problem)
        {
            return problem;
        }
        var found = await BuildCaseAsync(cases, id, ct);
        return found is null ? NotFound(http, "case", id) : ApiResults.Json(found);
    }

    private static async Task<IResult> GetRequestsAsync(HttpContext http, RequestQueries requests, CancellationToken ct)
    {
        var query = new ApiQuery(http, PageParameters);
        var (page, pageSize) = query.Paging();
        return query.Problem ?? ApiResults.Json(await BuildRequestsAsync(requests, page, pageSize, ct));
    }

    private static async Task<IResult> GetRequestAsync(HttpContext http, string id, RequestQueries requests, CancellationToken ct)
    {
        if (new ApiQuery(http).Problem is { } problem)
        {
            return problem;
        }
        var found = await requests.GetBatchAsync(id, cancellationToken: ct);
        return found is null ? NotFound(http, "request batch", id) : ApiResults.Json(ApiRequestBatch.From(found));
    }

    private static async Task<IResult> GetFiguresAsync(HttpContext http, FigureQueries figures, CancellationToken ct)
    {
        var query = new ApiQuery(http, PageParameters);
        var (page, pageSize) = query.Paging();
        return query.Problem ?? ApiResults.Json(await BuildFiguresAsync(figures, page, pageSize, ct));
    }

    // page and page_size choose the page of the figure's mentions.
    private static async Task<IResult> GetFigureAsync(HttpContext http, string id, FigureQueries figures, CancellationToken ct)
    {
        var query = new ApiQuery(http, PageParameters);
        var (page, pageSize) = query.Paging();
        if (query.Problem is { } problem)
        {
            return problem;
        }
        var found = await figures.GetAsync(id, mentionPage: page, mentionPageSize: pageSize, cancellationToken: ct);
        return found is null ? NotFound(http, "figure", id) : ApiResults.Json(ApiFigureDetail.From(found, page, pageSize));
    }

    private static async Task<IResult> GetSourcesAsync(HttpContext http, SourceQueries sources, CancellationToken ct)
    {
        var query = new ApiQuery(http, PageParameters);
        var (page, pageSize) = query.Paging();
        return query.Problem ?? ApiResults.Json(await BuildSourcesAsync(sources, page, pageSize, ct));
    }

    // page and page_size choose the page of the source's uses.
    private static async Task<IResult> GetSourceAsync(HttpContext http, string id, SourceQueries sources, CancellationToken ct)
    {
        var query = new ApiQuery(http, PageParameters);
        var (page, pageSize) = query.Paging();
        if (query.Problem is { } problem)
        {
            return problem;
        }
        var found = await sources.GetAsync(id, usePage: page, usePageSize: pageSize, cancellationToken: ct);
        return found is null ? NotFound(http, "source", id) : ApiResults.Json(ApiSource.From(found, page, pageSize));
    }

    /// <summary>The API is read-only: an unknown path is a 404, a known one asked with another method a 405.</summary>
    private static IResult Fallback(HttpContext http)
    {
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return ApiResults.NotFound(http, "There is nothing at this address. The list of addresses is at /api/v1 and in /openapi/v1.json.");
        }
        http.Response.Headers.Allow = "GET, HEAD";
        return ApiResults.Problem(http, StatusCodes.Status405MethodNotAllowed, "Method Not Allowed",
            $"The API is read-only: use GET or HEAD, not {method}.");
    }

    private static IResult NotFound(HttpContext http, string kind, string id) =>
        ApiResults.NotFound(http, $"There is no {kind} with the id “{(id.Length <= 80 ? id : id[..80] + "…")}”.");

    // The builders below are shared by the handlers and the OpenAPI examples, so the examples are real responses.

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
                Openapi = ApiRoutes.OpenApi,
                Html = "/",
            },
        };
    }

    internal static async Task<ApiMeta> BuildMetaAsync(DatasetQueries dataset, CancellationToken ct)
    {
        var info = await dataset.GetInfoAsync(cancellationToken: ct);
        var counts = await dataset.GetRowCountsAsync(ct);
        return new ApiMeta
        {
            ApiVersion = ApiVersion,
            Version = info.Version,
            Title = info.Title,
            Description = info.Description,
            Publisher = info.Publisher,
            AsOf = info.AsOf,
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
        return Page(result.Events.Select(ApiEvent.From).ToList(), result.Total, page, pageSize, $"{ApiRoutes.Root}/events", query);
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

    internal static async Task<ApiPage<ApiSource>> BuildSourcesAsync(SourceQueries sources, int page, int pageSize, CancellationToken ct)
    {
        var result = await sources.GetPageAsync(page, pageSize, cancellationToken: ct);
        return Page(result.Sources.Select(s => ApiSource.From(s, 1, SourceQueries.UsesInList)).ToList(), result.Total, page, pageSize, $"{ApiRoutes.Root}/sources", []);
    }

    private static ApiPage<T> Page<T>(IReadOnlyList<T> data, long total, int page, int pageSize, string path, IEnumerable<KeyValuePair<string, string?>> filters)
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
