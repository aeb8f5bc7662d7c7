using Microsoft.AspNetCore.Diagnostics;

namespace Transparency.Web.Hosting;

/// <summary>
/// Logs every unhandled error with the reference id the error page shows the reader, so a report
/// ("reference 0HN…") can be found in the log. Never logs the client's address or query string.
/// </summary>
public sealed partial class ErrorReference(ILogger<ErrorReference> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        LogError(logger, httpContext.TraceIdentifier, httpContext.Request.Path, exception);
        // Not handled here: the middleware goes on to render /error with the same reference.
        return ValueTask.FromResult(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Error reference {Reference} on {Path}")]
    private static partial void LogError(ILogger logger, string reference, PathString path, Exception exception);
}
