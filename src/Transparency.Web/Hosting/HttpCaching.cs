using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Hosting;

/// <summary>
/// The served dataset never changes while it is served, so every response is a pure function of the
/// address (path, query, language in the path), the accepted encoding and the dataset build. The output
/// cache keeps the compressed bytes (it sits before response compression) keyed by exactly that, and is
/// emptied when the watcher switches to a new build. Every cacheable 200 gets a weak ETag from the dataset
/// build and the body, and a Cache-Control that lets browsers and CDNs keep it.
/// </summary>
public static class HttpCaching
{
    /// <summary>Pages, downloads, feeds and API answers: five minutes fresh, then served stale while a CDN revalidates.</summary>
    public const string PublicCacheControl = "public, max-age=300, stale-while-revalidate=3600";

    /// <summary>The output-cache tag of everything drawn from the dataset; evicted on every rebuild.</summary>
    public const string DatasetTag = "dataset";

    /// <summary>Configuration switch (default on); the benchmark turns it off to time rendering itself.</summary>
    public const string OutputCacheKey = "Caching:Output";

    // Enough for every response of the bundled dataset in both languages and encodings many times over,
    // and small enough that the cache cannot push the process past its memory budget.
    private const long CacheSizeLimit = 64L * 1024 * 1024;
    // A larger answer (a whole-table download at synthetic scale) streams through uncached: the cache stops
    // copying it at this size, so it never holds more than this per request in flight.
    private const long MaximumCachedBody = 4L * 1024 * 1024;

    public static IServiceCollection AddHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddResponseCompression(options =>
        {
            // Pages carry no secrets or cookies, so compressing over HTTPS gives BREACH nothing to read.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/plain", "text/csv", "application/json", "application/problem+json",
                "application/xml", "application/atom+xml", "image/svg+xml"];
        });
        // Optimal, not SmallestSize: Brotli's top level costs tens of milliseconds on a timeline page, paid
        // on every cache miss (and every request with the cache off) for about a tenth fewer bytes.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddOutputCache(options =>
        {
            options.SizeLimit = CacheSizeLimit;
            options.MaximumBodySize = MaximumCachedBody;
            options.DefaultExpirationTimeSpan = TimeSpan.FromDays(1);
            // Ids are case-sensitive slugs: /events/A-B is a 404, and must not be answered with /events/a-b.
            options.UseCaseSensitivePaths = true;
            if (configuration.GetValue(OutputCacheKey, true))
            {
                // A base policy applies to every endpoint: the policy itself decides what is cacheable.
                options.AddBasePolicy(new DatasetPolicy());
            }
        });
        return services;
    }

    /// <summary>Output cache, then compression, then ETag/Cache-Control; in that order (outermost first).</summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.Use(HidePrecompressedFromCompression);
        app.UseResponseCompression();
        return app.Use(ConditionalGetAsync);
    }

    /// <summary>
    /// Response compression decides from the request's Accept-Encoding before the endpoint runs (and over plain
    /// HTTP nothing else turns it off); an endpoint that sends its own gzip copy or identity must never have a
    /// gigabyte compressed per request, so it gets the header through HttpContext.Items instead.
    /// </summary>
    private static Task HidePrecompressedFromCompression(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<OwnValidators>() is { Precompressed: true })
        {
            context.Items[OwnValidators.AcceptEncodingKey] = context.Request.Headers.AcceptEncoding.ToString();
            context.Request.Headers.Remove(HeaderNames.AcceptEncoding);
        }
        return next(context);
    }

    /// <summary>
    /// The encoding response compression will pick for this request (Brotli over gzip at equal weight),
    /// so the cache keeps one entry per encoding actually sent, not one per spelling of the header.
    /// </summary>
    /// <param name="offerBrotli">False for an endpoint that sends its own gzip copy or identity (never Brotli).</param>
    public static string NegotiatedEncoding(HttpRequest request, bool offerBrotli = true)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            return "identity";
        }
        double Quality(string name) => accepted
            .Where(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || a.Value == "*")
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();
        var br = offerBrotli ? Quality("br") : 0;
        var gzip = Quality("gzip");
        return br > 0 && br >= gzip ? "br" : gzip > 0 ? "gzip" : "identity";
    }

    /// <summary>
    /// Adds a weak ETag (the served build and a hash of the uncompressed body) and the public Cache-Control to
    /// every successful GET that the endpoint did not already label, and answers a matching If-None-Match with
    /// 304. Static assets carry their own (fingerprinted, immutable) headers and pass straight through.
    /// </summary>
    private static async Task ConditionalGetAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || IsStaticAsset(context) || context.Request.Path.StartsWithSegments("/healthz"))
        {
            await next(context);
            return;
        }
        if (context.GetEndpoint()?.Metadata.GetMetadata<OwnValidators>() is not null)
        {
            // The endpoint labels (and answers If-None-Match for) its own body, which may be gigabytes: decided
            // before anything is buffered, the body streams straight through; only the defaults are added.
            context.Response.OnStarting(() =>
            {
                DefaultHeaders(context.Response);
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new PooledBufferStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var headers = response.Headers;
            if (string.IsNullOrEmpty(headers.ETag))
            {
                var served = context.RequestServices.GetRequiredService<DatasetWatcher>().ServedInputsSha256 ?? "none";
                var hash = SHA256.HashData(buffer.Written.Span);
                headers.ETag = $"W/\"{served[..Math.Min(12, served.Length)]}-{Convert.ToHexStringLower(hash, 0, 12)}\"";
            }
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = PublicCacheControl;
            }
            // Also on the uncompressed answer, so a shared cache never hands it to every reader.
            if (!headers.Vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
            {
                headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            }
            if (Matches(context.Request, headers.ETag.ToString()))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                headers.ContentType = default;
                return;
            }
        }
        else if (response.StatusCode >= 500)
        {
            response.Headers.CacheControl = "no-store";
        }
        else if (string.IsNullOrEmpty(response.Headers.CacheControl))
        {
            // A 404 or 400 may become a page in the next release: let it be kept, but only briefly.
            response.Headers.CacheControl = "public, max-age=60";
        }
        if (buffer.Length > 0 && !HttpMethods.IsHead(context.Request.Method))
        {
            await original.WriteAsync(buffer.Written, context.RequestAborted);
        }
    }

    /// <summary>Cache-Control (and Vary) as every other response gets them, for an endpoint that sets its own ETag.</summary>
    private static void DefaultHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        if (response.StatusCode >= 500)
        {
            headers.CacheControl = "no-store";
        }
        else if (response.StatusCode is >= 200 and < 300 or StatusCodes.Status304NotModified)
        {
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = PublicCacheControl;
            }
            if (!headers.Vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
            {
                headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            }
        }
        else if (string.IsNullOrEmpty(headers.CacheControl))
        {
            headers.CacheControl = "public, max-age=60";
        }
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var candidates))
        {
            return false;
        }
        var ours = EntityTagHeaderValue.Parse(etag);
        return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(ours, useStrongComparison: false));
    }

    private static bool IsStaticAsset(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;

    /// <summary>Caches successful GET/HEAD answers of every endpoint except health checks and static assets.</summary>
    private sealed class DatasetPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var request = http.Request;
            var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && !request.Path.StartsWithSegments("/healthz")
                && !IsStaticAsset(http)
                // A stored 200 would answer a Range request with the whole body; ranges go to the endpoint.
                && !request.Headers.ContainsKey(HeaderNames.Range)
                && !request.Headers.ContainsKey(HeaderNames.Authorization)
                // The not-found page re-executed for a 404 must not be answered by a stored 200 of
                // /not-found itself (a reader asking for it directly), or a missing page would be a 200.
                && http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null;
            context.EnableOutputCaching = cacheable;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            // One render per key under a stampede: the other requests wait for it.
            context.AllowLocking = true;
            context.Tags.Add(DatasetTag);
            var vary = context.CacheVaryByRules;
            vary.QueryKeys = "*";
            // A precompressed download answers a "gzip, br" client with its gzip copy: keyed as gzip, so a
            // Brotli-only client is never handed that stored gzip body.
            vary.VaryByValues["encoding"] = NegotiatedEncoding(request,
                offerBrotli: http.GetEndpoint()?.Metadata.GetMetadata<OwnValidators>() is not { Precompressed: true });
            // Belt and braces with the eviction: an answer rendered from the old file while the watcher
            // switched cannot be served under the new build's key.
            vary.VaryByValues["dataset"] = http.RequestServices.GetRequiredService<DatasetWatcher>().ServedInputsSha256 ?? "none";
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            // Only complete successes are kept; an error, a redirect or a response that set a cookie is not.
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }
    }
}
