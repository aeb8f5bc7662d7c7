using System.Net.Mime;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Requests;
using Transparency.Data.Timeline;
using Transparency.Web.Components.Pages.Timeline;
using Transparency.Web.Hosting;

namespace Transparency.Web.Downloads;

/// <summary>/data/{file} (whole tables, the SQLite file, the zip, the data package) and the CSV/JSON twins of pages.</summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        // Downloads are rate-limited per client; the pages that link to them are not.
        var app = endpoints.MapGroup("").RequireRateLimiting(RateLimits.Policy);
        app.MapGet("/data/{file}", async (string file, DatasetFiles files, CancellationToken cancellationToken) =>
        {
            var set = await files.GetAsync(cancellationToken: cancellationToken);
            if (!set.Files.TryGetValue(file, out var found))
            {
                return Results.NotFound();
            }
            // The data package is meant to be read in place (its paths are relative to /data/).
            var inline = file == DatasetFileSet.PackageName;
            return new DownloadResult(found.Bytes, found.ContentType, inline ? null : set.DownloadName(file), found.Sha256);
        });

        app.MapGet("/timeline.{format:regex(^(csv|json)$)}", async (
            string format, string? category, string? @case, string? year, string? q, string? order,
            TimelineQueries timeline, DatasetQueries dataset, CancellationToken cancellationToken) =>
        {
            var request = await TimelineRequest.ParseAsync(timeline, category, @case, year, q, order, page: null, cancellationToken);
            var all = await timeline.SearchAsync(request.Filter with { Page = 1, PageSize = int.MaxValue }, facets: TimelineFacets.Empty, cancellationToken: cancellationToken);
            return View(ViewExports.Timeline(all.Events, request.Filter), format, await dataset.GetInfoAsync(cancellationToken: cancellationToken));
        });

        app.MapGet("/cases.{format:regex(^(csv|json)$)}", async (string format, CaseQueries cases, DatasetQueries dataset, CancellationToken cancellationToken) =>
            View(ViewExports.Cases(await cases.GetAllAsync(cancellationToken: cancellationToken)), format, await dataset.GetInfoAsync(cancellationToken: cancellationToken)));

        app.MapGet("/rulings.{format:regex(^(csv|json)$)}", async (string format, string? @case, CaseQueries cases, DatasetQueries dataset, CancellationToken cancellationToken) =>
        {
            var known = @case is null ? null : await cases.GetAsync(@case, cancellationToken: cancellationToken);
            if (@case is not null && known is null)
            {
                return Results.NotFound();
            }
            return View(ViewExports.Rulings(await cases.GetRulingsAsync(known?.Id, cancellationToken: cancellationToken)), format, await dataset.GetInfoAsync(cancellationToken: cancellationToken));
        });

        app.MapGet("/requests.{format:regex(^(csv|json)$)}", async (string format, RequestQueries requests, DatasetQueries dataset, CancellationToken cancellationToken) =>
            View(ViewExports.Requests(await requests.GetBatchesAsync(cancellationToken: cancellationToken)), format, await dataset.GetInfoAsync(cancellationToken: cancellationToken)));

        return endpoints;
    }

    private static DownloadResult View(ViewTable table, string format, DatasetInfo info) => format == "csv"
        ? new DownloadResult(table.Csv(), "text/csv; charset=utf-8", $"transparency-{info.Version}-{table.Name}.csv", null)
        : new DownloadResult(table.Json(info), "application/json; charset=utf-8", $"transparency-{info.Version}-{table.Name}.json", null);

    /// <summary>Bytes with an explicit Content-Disposition (attachment with the versioned name, or inline).</summary>
    private sealed class DownloadResult(byte[] bytes, string contentType, string? downloadName, string? sha256) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            var disposition = new ContentDisposition { Inline = downloadName is null, FileName = downloadName };
            headers.ContentDisposition = downloadName is null ? "inline" : disposition.ToString();
            if (sha256 is not null)
            {
                // RFC 9530: lets a downloader check the bytes against the checksums /data lists.
                headers["Repr-Digest"] = "sha-256=:" + Convert.ToBase64String(Convert.FromHexString(sha256)) + ":";
            }
            return Results.Bytes(bytes, contentType).ExecuteAsync(httpContext);
        }
    }
}
