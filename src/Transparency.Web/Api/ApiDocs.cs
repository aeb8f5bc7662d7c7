using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;

namespace Transparency.Web.Api;

/// <summary>The OpenAPI description of every operation: words here, examples from the real dataset.</summary>
public static class ApiDocs
{
    private const int ExampleItems = 2;

    public static readonly ApiOperationDoc Index = new()
    {
        OperationId = "getIndex",
        Tag = "Dataset",
        Summary = "Start here: links to every collection",
        Description = "The API's front door: its version, the dataset version, the licence and a link to every collection and to this OpenAPI document.",
        ResponseType = typeof(ApiIndex),
        Example = async (services, ct) => await ApiEndpoints.BuildIndexAsync(services.GetRequiredService<DatasetQueries>(), ct),
        BadRequestExample = UnknownParameter(ApiRoutes.Root, "format", "this endpoint takes none."),
    };

    public static readonly ApiOperationDoc Meta = new()
    {
        OperationId = "getMeta",
        Tag = "Dataset",
        Summary = "Dataset version, coverage, build and row counts",
        Description = """
            Which dataset every other response comes from: its semantic `version`, `as_of` (the date the facts were
            last checked), `coverage_end` (the last date the sources cover), when this copy was built (`built_at`)
            and the SHA-256 of the CSV inputs it was built from (`inputs_sha256`), the licence, and how many rows
            each table holds. Cite `version` (or `inputs_sha256`) with any number you take from the API.
            """,
        ResponseType = typeof(ApiMeta),
        Example = async (services, ct) => await ApiEndpoints.BuildMetaAsync(services.GetRequiredService<DatasetQueries>(), ct),
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/meta", "version", "this endpoint takes none."),
    };

    public static readonly ApiOperationDoc Events = new()
    {
        OperationId = "listEvents",
        Tag = "Events",
        Summary = "Timeline events, filtered and paged",
        Description = """
            Every event in the timeline, with the same filters as the `/timeline` page, which shows exactly the
            same events for the same filter. Filters combine (AND). Newest first unless `order=oldest`; a month-
            or year-precision date sorts at the middle of its period, and ties are broken by `id`, so pages are
            stable. A page past the last one has an empty `data` array.

            Dates are ISO 8601 at the precision named beside them (`precision`: `day` = YYYY-MM-DD,
            `month` = YYYY-MM, `year` = YYYY). `occurred_on_alt` is a second date some sources give.
            `is_context` marks items (Medicaid, Social Security) that are context, not part of the IRS-ICE story.
            """,
        ResponseType = typeof(ApiPage<ApiEvent>),
        Example = async (services, ct) => await ApiEndpoints.BuildEventsAsync(services.GetRequiredService<TimelineQueries>(), new(), 1, ExampleItems, ct),
        QueryParameters = EventParametersAsync,
        BadRequestExample = new()
        {
            Type = ApiResults.ProblemType(StatusCodes.Status400BadRequest),
            Title = "Bad Request",
            Status = StatusCodes.Status400BadRequest,
            Detail = $"The parameter “page_size” must be a whole number from 1 to {ApiQuery.MaxPageSize}; got “500”.",
            Instance = $"{ApiRoutes.Root}/events",
            Parameter = "page_size",
        },
    };

    public static readonly ApiOperationDoc Event = new()
    {
        OperationId = "getEvent",
        Tag = "Events",
        Summary = "One timeline event",
        Description = "One event by its stable id, with its sources and confidence label.",
        ResponseType = typeof(ApiEvent),
        IdOf = "event",
        ExampleId = async (services, ct) => (await services.GetRequiredService<TimelineQueries>().SearchAsync(new TimelineFilter { PageSize = 1 }, cancellationToken: ct)).Events[0].Id,
        Example = async (services, ct) =>
        {
            var timeline = services.GetRequiredService<TimelineQueries>();
            var id = (await timeline.SearchAsync(new TimelineFilter { PageSize = 1 }, cancellationToken: ct)).Events[0].Id;
            return ApiEvent.From((await timeline.GetAsync(id, cancellationToken: ct))!);
        },
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/events/{{id}}", "lang", "this endpoint takes none."),
    };

    public static readonly ApiOperationDoc Cases = new()
    {
        OperationId = "listCases",
        Tag = "Cases",
        Summary = "Every lawsuit, with its rulings, paged",
        Description = """
            Every case in the dataset in editorial order, a page at a time (follow `links.next` until it is null;
            `total` counts them all), each with its rulings in date order and its sources. `is_context` marks cases
            that are not about IRS data. `links.events` lists the case's timeline events.
            """,
        ResponseType = typeof(ApiPage<ApiCase>),
        Example = async (services, ct) => await ApiEndpoints.BuildCasesAsync(services.GetRequiredService<CaseQueries>(), 1, ExampleItems, ct),
        QueryParameters = (_, _) => Task.FromResult<IReadOnlyList<OpenApiParameter>>(PageParameters()),
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/cases", "status", "this endpoint takes: page, page_size."),
    };

    public static readonly ApiOperationDoc Case = new()
    {
        OperationId = "getCase",
        Tag = "Cases",
        Summary = "One lawsuit, with its rulings",
        Description = "One case by its stable id, with its rulings in date order (each with its sources) and the case's own sources.",
        ResponseType = typeof(ApiCase),
        IdOf = "case",
        ExampleId = async (services, ct) => (await services.GetRequiredService<CaseQueries>().GetAllAsync(cancellationToken: ct))[0].Id,
        Example = async (services, ct) =>
        {
            var cases = services.GetRequiredService<CaseQueries>();
            return (await ApiEndpoints.BuildCaseAsync(cases, (await cases.GetAllAsync(cancellationToken: ct))[0].Id, ct))!;
        },
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/cases/{{id}}", "include", "this endpoint takes none."),
    };

    public static readonly ApiOperationDoc Requests = new()
    {
        OperationId = "listRequests",
        Tag = "Requests",
        Summary = "Requests for taxpayer data and what came of them",
        Description = """
            Every request batch (who asked whom, when, for how many records) and its outcome, in editorial order, a
            page at a time (follow `links.next` until it is null; `total` counts them all). `requested_value`
            and `disclosed_value` are the preferred values of the figures named by `requested_figure_id` and
            `disclosed_figure_id`; other reported values of the same counts, with who said them, are under
            `/api/v1/figures/{id}`. A count nobody reported is `null`, never `0`.
            """,
        ResponseType = typeof(ApiPage<ApiRequestBatch>),
        Example = async (services, ct) => await ApiEndpoints.BuildRequestsAsync(services.GetRequiredService<RequestQueries>(), 1, ExampleItems, ct),
        QueryParameters = (_, _) => Task.FromResult<IReadOnlyList<OpenApiParameter>>(PageParameters()),
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/requests", "requester", "this endpoint takes: page, page_size."),
    };

    public static readonly ApiOperationDoc Request = new()
    {
        OperationId = "getRequest",
        Tag = "Requests",
        Summary = "One request for taxpayer data",
        Description = "One request batch by its stable id, with its preferred counts, outcome and sources.",
        ResponseType = typeof(ApiRequestBatch),
        IdOf = "request batch",
        ExampleId = async (services, ct) => (await services.GetRequiredService<RequestQueries>().GetBatchesAsync(null, cancellationToken: ct))[0].Id,
        Example = async (services, ct) => ApiRequestBatch.From((await services.GetRequiredService<RequestQueries>().GetBatchesAsync(null, cancellationToken: ct))[0]),
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/requests/{{id}}", "fields", "this endpoint takes none."),
    };

    public static readonly ApiOperationDoc Figures = new()
    {
        OperationId = "listFigures",
        Tag = "Figures",
        Summary = "Every figure, with all its reported values, paged",
        Description = """
            Every metric, headline figures first, a page at a time (follow `links.next` until it is null; `total`
            counts them all), with every value reported for it side by side: who stated it
            (`stated_by`), as of when, what exactly it counts (`counts_what`), its confidence and sources. One value per
            figure is preferred (`is_preferred`) by the written rule in the methodology; the others are kept, never
            merged. `value` is `null` when a source gave no number (for example "several thousand").
            """,
        ResponseType = typeof(ApiPage<ApiFigure>),
        Example = async (services, ct) => await ApiEndpoints.BuildFiguresAsync(services.GetRequiredService<FigureQueries>(), 1, ExampleItems, ct),
        QueryParameters = (_, _) => Task.FromResult<IReadOnlyList<OpenApiParameter>>(PageParameters()),
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/figures", "headline", "this endpoint takes: page, page_size."),
    };

    public static readonly ApiOperationDoc Figure = new()
    {
        OperationId = "getFigure",
        Tag = "Figures",
        Summary = "One figure: every reported value and where it is mentioned",
        Description = "One metric by its stable id, with every reported value (who said it, what it counts, whether it is preferred, its sources) and the events and rulings that mention it: a figure can be mentioned thousands of times, so `mentions` is paged by `page` and `page_size`, with `mentions_total` and `mentions_next`.",
        ResponseType = typeof(ApiFigureDetail),
        IdOf = "figure",
        ExampleId = async (services, ct) => (await services.GetRequiredService<FigureQueries>().GetAllAsync(true, cancellationToken: ct))[0].Id,
        Example = async (services, ct) =>
        {
            var figures = services.GetRequiredService<FigureQueries>();
            var id = (await figures.GetAllAsync(true, cancellationToken: ct))[0].Id;
            return ApiFigureDetail.From((await figures.GetAsync(id, mentionPage: 1, mentionPageSize: ExampleItems, cancellationToken: ct))!, 1, ExampleItems);
        },
        QueryParameters = (_, _) => Task.FromResult<IReadOnlyList<OpenApiParameter>>(PageParameters("mentions")),
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/figures/{{id}}", "preferred", "this endpoint takes: page, page_size."),
    };

    public static readonly ApiOperationDoc Sources = new()
    {
        OperationId = "listSources",
        Tag = "Sources",
        Summary = "Every public source, paged",
        Description = $"Every public document a fact rests on, ordered by publisher then label (ties by id), each with the first {SourceQueries.UsesInList} facts that cite it (`used_by`), how many do (`used_by_total`) and where the rest are (`used_by_next`).",
        ResponseType = typeof(ApiPage<ApiSource>),
        Example = async (services, ct) => await ApiEndpoints.BuildSourcesAsync(services.GetRequiredService<SourceQueries>(), 1, ExampleItems, ct),
        QueryParameters = (_, _) => Task.FromResult<IReadOnlyList<OpenApiParameter>>(PageParameters()),
        BadRequestExample = new()
        {
            Type = ApiResults.ProblemType(StatusCodes.Status400BadRequest),
            Title = "Bad Request",
            Status = StatusCodes.Status400BadRequest,
            Detail = $"The parameter “page” must be a whole number from 1 to {ApiQuery.MaxPage}; got “0”.",
            Instance = $"{ApiRoutes.Root}/sources",
            Parameter = "page",
        },
    };

    public static readonly ApiOperationDoc Source = new()
    {
        OperationId = "getSource",
        Tag = "Sources",
        Summary = "One public source and what cites it",
        Description = "One source by its stable id, with the events, figures, requests, cases, rulings and open questions that cite it: a source can be cited thousands of times, so `used_by` is paged by `page` and `page_size`, with `used_by_total` and `used_by_next`.",
        ResponseType = typeof(ApiSource),
        IdOf = "source",
        ExampleId = async (services, ct) => (await services.GetRequiredService<SourceQueries>().GetPageAsync(1, 1, cancellationToken: ct)).Sources[0].Id,
        Example = async (services, ct) =>
        {
            var sources = services.GetRequiredService<SourceQueries>();
            var id = (await sources.GetPageAsync(1, 1, cancellationToken: ct)).Sources[0].Id;
            return ApiSource.From((await sources.GetAsync(id, usePage: 1, usePageSize: ExampleItems, cancellationToken: ct))!, 1, ExampleItems);
        },
        QueryParameters = (_, _) => Task.FromResult<IReadOnlyList<OpenApiParameter>>(PageParameters("used_by")),
        BadRequestExample = UnknownParameter($"{ApiRoutes.Root}/sources/{{id}}", "include", "this endpoint takes: page, page_size."),
    };

    /// <summary>Names, documents and declares the responses of one endpoint.</summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, ApiOperationDoc doc)
    {
        builder
            .WithName(doc.OperationId)
            .WithTags(doc.Tag)
            .WithSummary(doc.Summary)
            .WithDescription(doc.Description)
            .Produces(StatusCodes.Status200OK, doc.ResponseType, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json");
        if (doc.IdOf is not null)
        {
            builder.Produces<ApiProblem>(StatusCodes.Status404NotFound, "application/problem+json");
        }
        return builder.AddOpenApiOperationTransformer((operation, context, ct) => CompleteAsync(operation, context.ApplicationServices, doc, ct));
    }

    private static async Task CompleteAsync(OpenApiOperation operation, IServiceProvider services, ApiOperationDoc doc, CancellationToken ct)
    {
        operation.Parameters ??= [];
        var exampleId = "";
        if (doc.IdOf is not null && doc.ExampleId is not null)
        {
            exampleId = await doc.ExampleId(services, ct);
            var id = operation.Parameters.OfType<OpenApiParameter>().Single(p => p.Name == "id");
            id.Description = $"The {doc.IdOf}'s stable id: a lowercase slug that never changes once published.";
            id.Example = JsonValue.Create(exampleId);
            if (id.Schema is OpenApiSchema schema)
            {
                schema.Pattern = "^[a-z0-9][a-z0-9-]*$";
            }
        }
        if (doc.QueryParameters is not null)
        {
            foreach (var parameter in await doc.QueryParameters(services, ct))
            {
                operation.Parameters.Add(parameter);
            }
        }

        var responses = operation.Responses!;
        var ok = (OpenApiResponse)responses["200"];
        ok.Description = "The data, as JSON with snake_case names. Values not reported are `null`, never `0`.";
        ok.Headers = CacheHeaders();
        ok.Content!["application/json"].Example = ToJson(services, await doc.Example(services, ct));

        var notModified = (OpenApiResponse)responses["304"];
        notModified.Description = "Not Modified: `If-None-Match` named the current `ETag`. No body.";
        notModified.Headers = CacheHeaders();

        var badRequest = (OpenApiResponse)responses["400"];
        badRequest.Description = "A query parameter is unknown, repeated, malformed or out of range; `parameter` names it.";
        // Instances of /{id} routes are templates until the real example id is known.
        badRequest.Content!["application/problem+json"].Example = ToJson(services, doc.BadRequestExample with
        {
            Instance = doc.BadRequestExample.Instance.Replace("{id}", exampleId, StringComparison.Ordinal),
        });

        if (doc.IdOf is not null)
        {
            var notFound = (OpenApiResponse)responses["404"];
            notFound.Description = $"There is no {doc.IdOf} with this id.";
            notFound.Content!["application/problem+json"].Example = ToJson(services, new ApiProblem
            {
                Type = ApiResults.ProblemType(StatusCodes.Status404NotFound),
                Title = "Not Found",
                Status = StatusCodes.Status404NotFound,
                Detail = $"There is no {doc.IdOf} with the id “no-such-id”.",
                Instance = doc.BadRequestExample.Instance.Replace("{id}", "no-such-id", StringComparison.Ordinal),
            });
        }
    }

    private static Dictionary<string, IOpenApiHeader> CacheHeaders() => new()
    {
        ["ETag"] = new OpenApiHeader
        {
            Description = "Strong validator: a hash of the exact body. Send it back in `If-None-Match` to get a 304 when nothing changed.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        ["Cache-Control"] = new OpenApiHeader
        {
            Description = $"Always `{ApiResults.CacheControl}`.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    private static JsonNode? ToJson(IServiceProvider services, object value) =>
        JsonNode.Parse(ApiResults.Serialize(services, value, value.GetType()));

    private static ApiProblem UnknownParameter(string instance, string parameter, string accepted) => new()
    {
        Type = ApiResults.ProblemType(StatusCodes.Status400BadRequest),
        Title = "Bad Request",
        Status = StatusCodes.Status400BadRequest,
        Detail = $"Unknown query parameter “{parameter}”: {accepted}",
        Instance = instance,
        Parameter = parameter,
    };

    private static async Task<IReadOnlyList<OpenApiParameter>> EventParametersAsync(IServiceProvider services, CancellationToken ct)
    {
        var facets = await services.GetRequiredService<TimelineQueries>().GetFacetsAsync(ct);
        return
        [
            Enum("category", "Only events of this category.", facets.Categories.Select(f => f.Value), "court-ruling"),
            Enum("case", "Only events of this case (a case id from `/api/v1/cases`).", facets.Cases.Select(f => f.Value), facets.Cases[0].Value),
            new OpenApiParameter
            {
                Name = "year",
                In = ParameterLocation.Query,
                Description = "Only events whose date (`occurred_on`) falls in this year. One of the years that have events.",
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Enum = facets.Years.Select(f => (JsonNode)JsonValue.Create(int.Parse(f.Value, CultureInfo.InvariantCulture))).ToList(),
                },
                Example = JsonValue.Create(int.Parse(facets.Years[^1].Value, CultureInfo.InvariantCulture)),
            },
            new OpenApiParameter
            {
                Name = "q",
                In = ParameterLocation.Query,
                Description = $"Text to find in the title, summary or actors; case-insensitive for A-Z, and `%` and `_` match themselves. Leading and trailing spaces are ignored; at most {ApiQuery.MaxTextLength} characters.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ApiQuery.MaxTextLength },
                Example = JsonValue.Create("Romo"),
            },
            Enum("order", "`newest` first (the default) or `oldest` first.", ["newest", "oldest"], "oldest", defaultValue: "newest"),
            .. PageParameters(),
        ];
    }

    private static OpenApiParameter Enum(string name, string description, IEnumerable<string> values, string example, string? defaultValue = null) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description + " Any other value is a 400.",
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
            Default = defaultValue is null ? null : JsonValue.Create(defaultValue),
        },
        Example = JsonValue.Create(example),
    };

    /// <summary>page and page_size; of a list, or of the named list inside one item.</summary>
    private static List<OpenApiParameter> PageParameters(string? of = null) =>
    [
        new()
        {
            Name = "page",
            In = ParameterLocation.Query,
            Description = of is null ? "Which page, from 1." : $"Which page of `{of}`, from 1.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Minimum = "1",
                Maximum = ApiQuery.MaxPage.ToString(CultureInfo.InvariantCulture),
                Default = JsonValue.Create(1),
            },
            Example = JsonValue.Create(2),
        },
        new()
        {
            Name = "page_size",
            In = ParameterLocation.Query,
            Description = $"Items per page{(of is null ? "" : $" of `{of}`")}: at most {ApiQuery.MaxPageSize}, {ApiQuery.DefaultPageSize} when left out.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Minimum = "1",
                Maximum = ApiQuery.MaxPageSize.ToString(CultureInfo.InvariantCulture),
                Default = JsonValue.Create(ApiQuery.DefaultPageSize),
            },
            Example = JsonValue.Create(10),
        },
    ];
}
