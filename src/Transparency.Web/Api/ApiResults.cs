using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Transparency.Web.Api;

/// <summary>How every API response is written: JSON with a weak ETag, or RFC 9457 problem details.</summary>
public static class ApiResults
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string ProblemContentType = "application/problem+json; charset=utf-8";

    /// <summary>The data only changes with a new dataset build, so shared caches may keep it five minutes.</summary>
    public const string CacheControl = Hosting.HttpCaching.PublicCacheControl;

    public static IResult Json<T>(T value) => new CachedJsonResult<T>(value);

    public static IResult BadParameter(HttpContext context, string parameter, string detail) =>
        Problem(context, StatusCodes.Status400BadRequest, "Bad Request", detail, parameter);

    public static IResult NotFound(HttpContext context, string detail) =>
        Problem(context, StatusCodes.Status404NotFound, "Not Found", detail);

    public static IResult Problem(HttpContext context, int status, string title, string detail, string? parameter = null) =>
        new ProblemResult(new ApiProblem
        {
            Type = ProblemType(status),
            Title = title,
            Status = status,
            Detail = detail,
            // The path only: query strings are reader input and are never echoed or stored.
            Instance = context.Request.PathBase.Add(context.Request.Path).Value ?? "/",
            Parameter = parameter,
        });

    public static string ProblemType(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        StatusCodes.Status404NotFound => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        StatusCodes.Status405MethodNotAllowed => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
    };

    /// <summary>Serialises with the app's HTTP JSON options, the same ones the OpenAPI schemas are made from.</summary>
    public static byte[] Serialize(IServiceProvider services, object value, Type type)
    {
        var options = services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        return JsonSerializer.SerializeToUtf8Bytes(value, options.GetTypeInfo(type));
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private sealed class CachedJsonResult<T>(T value) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            var body = Serialize(context.RequestServices, value!, typeof(T));
            // The hash of the JSON, so it changes whenever the data does; weak, because response compression
            // sends these bytes gzip- or Brotli-encoded under the same tag, and a strong tag names exact bytes.
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"", isWeak: true);
            var headers = context.Response.Headers;
            headers.ETag = etag.ToString();
            headers.CacheControl = CacheControl;
            if (NoneMatch(context.Request, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            return WriteAsync(context, StatusCodes.Status200OK, JsonContentType, body);
        }

        /// <summary>If-None-Match uses the weak comparison (RFC 9110 §13.1.2), and "*" matches any current representation.</summary>
        private static bool NoneMatch(HttpRequest request, EntityTagHeaderValue etag) =>
            request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
    }

    private sealed class ProblemResult(ApiProblem problem) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            // An error may stop being one when the dataset is rebuilt; do not let caches keep it.
            context.Response.Headers.CacheControl = "no-store";
            return WriteAsync(context, problem.Status, ProblemContentType, Serialize(context.RequestServices, problem, typeof(ApiProblem)));
        }
    }
}
