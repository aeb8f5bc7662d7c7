using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Transparency.Data.Cases;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;

namespace Transparency.Web.Api;

/// <summary>
/// What the framework cannot know about an operation: the headers every answer carries (set by HttpCaching,
/// not by the handler) and parameter examples taken from the served dataset, so every example is an address
/// that answers 200.
/// </summary>
public sealed class ApiOperationTransformer(TimelineQueries timeline, CaseQueries cases, RequestQueries requests, FigureQueries figures, SourceQueries sources)
    : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var status in new[] { "200", "304" })
        {
            if (operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse concrete)
            {
                concrete.Headers = CacheHeaders();
            }
        }
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Example = await ExampleAsync(operation.OperationId, parameter.Name, cancellationToken);
        }
    }

    private async Task<JsonNode?> ExampleAsync(string? operationId, string? parameter, CancellationToken ct) => parameter switch
    {
        "id" => JsonValue.Create(await ExampleIdAsync(operationId, ct)),
        "page" => JsonValue.Create(1),
        "page_size" => JsonValue.Create(10),
        "category" => JsonValue.Create((await timeline.GetFacetsAsync(ct)).Categories[0].Value),
        "case" => JsonValue.Create((await timeline.GetFacetsAsync(ct)).Cases[0].Value),
        "year" => JsonValue.Create(int.Parse((await timeline.GetFacetsAsync(ct)).Years[^1].Value, System.Globalization.CultureInfo.InvariantCulture)),
        "q" => JsonValue.Create("court"),
        "order" => JsonValue.Create("oldest"),
        "tier" => JsonValue.Create("primary-document"),
        "kind" => JsonValue.Create("event"),
        "lang" => JsonValue.Create("es"),
        _ => null,
    };

    private async Task<string?> ExampleIdAsync(string? operationId, CancellationToken ct) => operationId switch
    {
        "getEvent" => (await timeline.SearchAsync(new TimelineFilter { PageSize = 1 }, cancellationToken: ct)).Events[0].Id,
        "getCase" => (await cases.GetAllAsync(cancellationToken: ct))[0].Id,
        "getRequest" => (await requests.GetBatchesAsync(null, cancellationToken: ct))[0].Id,
        "getFigure" => (await figures.GetAllAsync(true, cancellationToken: ct))[0].Id,
        "getSource" => (await sources.GetPageAsync(1, 1, cancellationToken: ct)).Sources[0].Id,
        _ => null,
    };

    private static Dictionary<string, IOpenApiHeader> CacheHeaders() => new()
    {
        ["ETag"] = new OpenApiHeader
        {
            Description = "Weak validator (`W/\"...\"`), named by the dataset build, the API version and the address; the same for every content encoding. Send it back in `If-None-Match` to get a 304 while nothing changed.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
        ["Cache-Control"] = new OpenApiHeader
        {
            Description = $"Always `{Hosting.HttpCaching.PublicCacheControl}`.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };
}
