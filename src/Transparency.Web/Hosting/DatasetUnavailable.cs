using System.Net;
using Microsoft.Data.Sqlite;
using Transparency.Data;

namespace Transparency.Web.Hosting;

/// <summary>
/// A missing or corrupt database gives a plain 503 page naming the problem, not a crash or a stack trace.
/// Nothing is cached: the next request after a good file appears is served normally.
/// </summary>
public static class DatasetUnavailable
{
    public static IApplicationBuilder UseDatasetUnavailablePage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (SqliteException ex) when (!context.Response.HasStarted)
        {
            // Pooled handles may point at a replaced or damaged file: drop them so the next request
            // opens whatever good file is in place now.
            context.RequestServices.GetRequiredService<Database>().ClearPool();
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(Describe(ex)));
        }
    });

    public static string Describe(SqliteException ex) => ex.SqliteErrorCode switch
    {
        14 => "the database file is missing or cannot be opened",
        26 => "the database file is corrupt (not a SQLite database)",
        11 => "the database file is corrupt",
        1 when ex.Message.Contains("no such table", StringComparison.Ordinal) => "the database file is incomplete (a table is missing)",
        _ => "the database cannot be read",
    };

    private static string Page(string problem) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Data temporarily unavailable · Transparency</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main id="main"><h1>Data temporarily unavailable</h1>
        <p>The site cannot read its dataset right now: {WebUtility.HtmlEncode(problem)}.</p>
        <p>It recovers by itself as soon as a good dataset file is in place. Please try again in a minute.</p>
        </main></body></html>
        """;
}
