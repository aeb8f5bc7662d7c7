using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Hosting;

/// <summary>
/// The served dataset never changes while it is served, so every response is a pure function of the
/// address (path, query, language in the path), the accepted encoding, the dataset build and this copy of the
/// code. The output cache keeps the compressed bytes (it sits before response compression) keyed by exactly
/// that, and is emptied when the watcher switches to a new build. Every cacheable 200 gets a weak ETag made
/// from those same inputs (<see cref="ResponseTags"/>), before anything is rendered, and a Cache-Control that
/// lets browsers and CDNs keep it.
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
        services.AddSingleton<ResponseTags>();
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

    /// <summary>
    /// Conditional GET, then the output cache, then compression (outermost first): a matching If-None-Match is
    /// answered before the cache is looked up or anything is rendered.
    /// </summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app)
    {
        app.Use(ConditionalGetAsync);
        app.UseOutputCache();
        app.Use(HidePrecompressedFromCompression);
        return app.UseResponseCompression();
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
    /// The one place that labels responses and answers If-None-Match. The tag is computed from the request
    /// (<see cref="ResponseTags"/>), so a match is a 304 before the output cache or the endpoint runs, and the
    /// body is never held to be hashed. The tag goes out only on a 200: what an address answers is fixed for a
    /// build and a version of the code, so a client can only hold the tag of an address that answers 200.
    /// Static assets carry their own (fingerprinted, immutable) headers and pass straight through; /data files
    /// carry their own strong tag (their SHA-256) and only get the default headers.
    /// </summary>
    private static Task ConditionalGetAsync(HttpContext context, RequestDelegate next)
    {
        var endpoint = context.GetEndpoint();
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || IsStaticAsset(context) || context.Request.Path.StartsWithSegments("/healthz"))
        {
            return next(context);
        }
        if (endpoint is null || endpoint.Metadata.GetMetadata<OwnValidators>() is not null)
        {
            // No endpoint is a 404 in the making; an endpoint with its own validators answers If-None-Match itself.
            context.Response.OnStarting(() =>
            {
                DefaultHeaders(context.Response);
                return Task.CompletedTask;
            });
            return next(context);
        }

        var tag = context.RequestServices.GetRequiredService<ResponseTags>().For(context.Request);
        var condition = IfNoneMatch(context.Request, tag);
        var response = context.Response;
        if (condition == Condition.MatchesTag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = tag.ToString();
            DefaultHeaders(response);
            return Task.CompletedTask;
        }
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK && condition == Condition.Any)
            {
                // "*" matches any current representation, and only running the endpoint tells whether there is
                // one: the 200 becomes a 304 as it starts, and its body is dropped (NotModifiedStream).
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                response.Headers.ContentEncoding = default;
            }
            if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified && string.IsNullOrEmpty(response.Headers.ETag))
            {
                response.Headers.ETag = tag.ToString();
            }
            DefaultHeaders(response);
            return Task.CompletedTask;
        });
        if (condition == Condition.Any)
        {
            response.Body = new NotModifiedStream(response, response.Body);
        }
        return next(context);
    }

    private enum Condition { None, MatchesTag, Any }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 §13.1.2); "*" matches any current representation.</summary>
    private static Condition IfNoneMatch(HttpRequest request, EntityTagHeaderValue tag)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var candidates))
        {
            return Condition.None;
        }
        if (candidates.Any(c => c.Compare(tag, useStrongComparison: false)))
        {
            return Condition.MatchesTag;
        }
        return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any)) ? Condition.Any : Condition.None;
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
