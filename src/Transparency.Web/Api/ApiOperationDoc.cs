using Microsoft.OpenApi;

namespace Transparency.Web.Api;

/// <summary>What the OpenAPI document says about one operation; examples are built from the live dataset.</summary>
public sealed record ApiOperationDoc
{
    public required string OperationId { get; init; }
    public required string Tag { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }
    public required Type ResponseType { get; init; }

    /// <summary>A real response, used as the 200 example.</summary>
    public required Func<IServiceProvider, CancellationToken, Task<object>> Example { get; init; }

    /// <summary>For /{id} routes: what the id names, and a real one for the example.</summary>
    public string? IdOf { get; init; }
    public Func<IServiceProvider, CancellationToken, Task<string>>? ExampleId { get; init; }

    /// <summary>Query parameters, which the handlers read and validate themselves.</summary>
    public Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<OpenApiParameter>>>? QueryParameters { get; init; }

    /// <summary>A realistic 400 for this operation.</summary>
    public required ApiProblem BadRequestExample { get; init; }
}
