using System.Globalization;
using System.Net.Mime;
using Microsoft.Net.Http.Headers;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Downloads;
using Transparency.Data.Timeline;
using Transparency.Web.Components.Pages.Timeline;
using Transparency.Web.Hosting;

namespace Transparency.Web.Downloads;

/// <summary>/data/{file} (whole tables, the SQLite file, the zip, the data package) and the CSV/JSON twins of pages.</summary>
public static class DownloadEndpoints
{
    // A download asked for while its build's files are still being written waits this long, then gets a 503
    // saying when to come back (for the bundled data the files are ready well within it).
    private static readonly TimeSpan FileWait = TimeSpan.FromSeconds(10);
    private const int RetryAfterSeconds = 30;

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        // Downloads are rate-limited per client; the pages that link to them are not.
        var app = endpoints.MapGroup("").RequireRateLimiting(RateLimits.Policy);
        app.MapGet("/data/{file}", async (string file, DatasetFiles files, CancellationToken cancellationToken) =>
        {
            var catalog = await files.GetCatalogAsync(cancellationToken);
            if (!catalog.Offers(file))
            {
                return Results.NotFound();
            }
            if (await files.GetFilesAsync(FileWait, cancellationToken) is not { } set)
            {
                return new Preparing();
            }
            // The data package is meant to be read in place (its paths are relative to /data/).
            var inline = file == DatasetCatalog.PackageName;
            return new FileDownload(set, set.Files[file], inline ? null : catalog.DownloadName(file));
        }).WithMetadata(new OwnValidators(Precompressed: true));

        app.MapGet("/timeline.{format:regex(^(csv|json)$)}", async (
            string format, string? category, string? @case, string? year, string? q, string? order,
            TimelineQueries timeline, ViewStreams streams, DatasetQueries dataset, CancellationToken cancellationToken) =>
        {
            var request = await TimelineRequest.ParseAsync(timeline, category, @case, year, q, order, page: null, cancellationToken);
            return new ViewResult(ViewExports.Timeline(request.Filter with { Page = 1 }, streams), format, await dataset.GetInfoAsync(cancellationToken: cancellationToken));
        });

        app.MapGet("/cases.{format:regex(^(csv|json)$)}", async (string format, CaseQueries cases, DatasetQueries dataset, CancellationToken cancellationToken) =>
            new ViewResult(ViewExports.Cases(cases), format, await dataset.GetInfoAsync(cancellationToken: cancellationToken)));

        app.MapGet("/rulings.{format:regex(^(csv|json)$)}", async (string format, string? @case, CaseQueries cases, DatasetQueries dataset, CancellationToken cancellationToken) =>
        {
            var known = @case is null ? null : await cases.GetAsync(@case, cancellationToken: cancellationToken);
            if (@case is not null && known is null)
            {
                return Results.NotFound();
            }
            return new ViewResult(ViewExports.Rulings(cases, known?.Id), format, await dataset.GetInfoAsync(cancellationToken: cancellationToken));
        });

        app.MapGet("/requests.{format:regex(^(csv|json)$)}", async (string format, ViewStreams streams, DatasetQueries dataset, CancellationToken cancellationToken) =>
            new ViewResult(ViewExports.Requests(streams), format, await dataset.GetInfoAsync(cancellationToken: cancellationToken)));

        return endpoints;
    }

    private static void SetDisposition(IHeaderDictionary headers, string? downloadName) =>
        headers.ContentDisposition = downloadName is null ? "inline" : new ContentDisposition { FileName = downloadName }.ToString();

    /// <summary>
    /// A prepared file from disk: sent by the server's file path (no copy through managed buffers), with a strong
    /// ETag from its SHA-256, resumable by Range; its gzip copy (a distinct ETag) when the client takes gzip and
    /// asks for no range.
    /// </summary>
    private sealed class FileDownload(DatasetFileSet set, DatasetFile file, string? downloadName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            SetDisposition(headers, downloadName);
            headers.CacheControl = HttpCaching.PublicCacheControl;
            headers.Vary = HeaderNames.AcceptEncoding;
            var builtAt = DateTimeOffset.Parse(set.Catalog.Info.BuiltAt, CultureInfo.InvariantCulture);
            var gzip = file.GzipSha256 is not null && AcceptsGzip(OwnValidators.AcceptEncoding(httpContext))
                && !httpContext.Request.Headers.ContainsKey(HeaderNames.Range);
            var (path, sha) = gzip ? (set.PathOf(file.GzipName), file.GzipSha256!) : (set.PathOf(file.Name), file.Sha256);
            // RFC 9530: the digest of the bytes sent (the gzip copy's own when that is what goes out); the
            // decoded bytes match the checksum /data lists.
            headers["Repr-Digest"] = "sha-256=:" + Convert.ToBase64String(Convert.FromHexString(sha)) + ":";
            if (gzip)
            {
                headers.ContentEncoding = "gzip";
            }
            var etag = new EntityTagHeaderValue($"\"{file.Sha256}{(gzip ? "-gzip" : "")}\"");
            return Results.File(path, file.ContentType, fileDownloadName: null, lastModified: builtAt, entityTag: etag, enableRangeProcessing: !gzip)
                .ExecuteAsync(httpContext);
        }

        private static bool AcceptsGzip(string acceptEncoding) =>
            StringWithQualityHeaderValue.TryParseList(acceptEncoding.Split(','), out var accepted)
            && accepted.Any(a => (a.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || a.Value == "*") && (a.Quality ?? 1.0) > 0)
            && !accepted.Any(a => a.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && a.Quality == 0);
    }

    /// <summary>The build's files are still being written: come back shortly (a body, so no error page replaces it).</summary>
    private sealed class Preparing : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            response.Headers.CacheControl = "no-store";
            response.ContentType = "text/plain; charset=utf-8";
            return response.WriteAsync($"This download is being prepared for the current dataset build. Please try again in {RetryAfterSeconds} seconds.\n");
        }
    }

    /// <summary>
    /// A page view written as its rows are read. Labelled and answered for If-None-Match by HttpCaching like a
    /// page (the view is a function of the build and the address), so a matching tag costs no query.
    /// </summary>
    private sealed class ViewResult(ViewRows view, string format, DatasetInfo info) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            SetDisposition(response.Headers, $"transparency-{info.Version}-{view.Name}.{format}");
            response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
            if (HttpMethods.IsHead(httpContext.Request.Method))
            {
                return;
            }
            var cancellationToken = httpContext.RequestAborted;
            if (format == "csv")
            {
                await view.CsvAsync(response.Body, cancellationToken);
            }
            else
            {
                await view.JsonAsync(response.Body, info, cancellationToken);
            }
        }
    }
}
