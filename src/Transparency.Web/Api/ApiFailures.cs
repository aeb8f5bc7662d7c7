namespace Transparency.Web.Api;

/// <summary>
/// The last line of defence: a handler that throws still answers in problem details, not with the
/// site's HTML error page. The log names the route pattern, never the path or query the reader sent.
/// </summary>
public static partial class ApiFailures
{
    public static async ValueTask<object?> AsProblemAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var http = context.HttpContext;
            var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unknown route)";
            HandlerFailed(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiFailures)), route, ex);
            return ApiProblems.Create(http, StatusCodes.Status500InternalServerError,
                "The server failed to answer. This is a bug; the request itself may be fine.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "API handler for {Route} failed")]
    private static partial void HandlerFailed(ILogger logger, string route, Exception exception);
}
