using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Transparency.Web.Api;

/// <summary>
/// Every API error, as RFC 9457 problem details: the handlers', the query check's and the framework's
/// validation (through <see cref="Service"/>). A 400 names the query parameter at fault in `parameter`.
/// </summary>
public static class ApiProblems
{
    public const string ParameterKey = "parameter";

    public static ProblemHttpResult Create(HttpContext context, int status, string detail, string? parameter = null) =>
        TypedResults.Problem(Details(context, status, detail, parameter));

    private static ProblemDetails Details(HttpContext context, int status, string detail, string? parameter)
    {
        var problem = new ProblemDetails
        {
            Type = TypeOf(status),
            Title = ReasonPhrases.GetReasonPhrase(status),
            Status = status,
            Detail = detail,
            // The path only: query strings are reader input and are never echoed or stored. The path is escaped
            // like every string in the API's JSON (no raw <, >, & or quotes).
            Instance = context.Request.PathBase.Add(context.Request.Path).Value ?? "/",
        };
        if (parameter is not null)
        {
            problem.Extensions[ParameterKey] = parameter;
        }
        return problem;
    }

    public static ProblemHttpResult BadParameter(HttpContext context, string parameter, string detail) =>
        Create(context, StatusCodes.Status400BadRequest, detail, parameter);

    public static ProblemHttpResult NotFound(HttpContext context, string detail) =>
        Create(context, StatusCodes.Status404NotFound, detail);

    public static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        StatusCodes.Status404NotFound => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        StatusCodes.Status405MethodNotAllowed => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
    };

    /// <summary>
    /// The writer of every API problem: ProblemHttpResult and the framework's validation both hand their problem
    /// to the registered IProblemDetailsService. A failed validation is reduced to its first error, named in
    /// `parameter` like the 400s the API raises itself. Anything outside the API is left to the framework.
    /// </summary>
    public sealed class Service : IProblemDetailsService
    {
        public async ValueTask WriteAsync(ProblemDetailsContext context)
        {
            if (!await TryWriteAsync(context))
            {
                throw new InvalidOperationException("Only API problems are written as problem details.");
            }
        }

        public async ValueTask<bool> TryWriteAsync(ProblemDetailsContext context)
        {
            var http = context.HttpContext;
            if (!http.Request.Path.StartsWithSegments(ApiRoutes.Root))
            {
                return false;
            }
            var problem = context.ProblemDetails;
            var status = problem.Status ?? http.Response.StatusCode;
            if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } validation)
            {
                var (key, messages) = validation.Errors.First();
                problem = Details(http, status, messages.FirstOrDefault() ?? "The query is not valid.", ApiQueryCheck.QueryNameOf(http, key));
            }
            var response = http.Response;
            response.StatusCode = status;
            // An error may stop being one when the dataset is rebuilt; do not let caches keep it.
            response.Headers.CacheControl = "no-store";
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            await response.WriteAsJsonAsync(problem, options.GetTypeInfo(typeof(ProblemDetails)), "application/problem+json; charset=utf-8", http.RequestAborted);
            return true;
        }
    }
}
