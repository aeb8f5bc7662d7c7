using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Transparency.Web.Hosting;

/// <summary>
/// Per-client token buckets on downloads and the API (pages are not limited for ordinary reading).
/// The client address is used only as an in-memory partition key; it is never logged or stored.
/// </summary>
public static class RateLimits
{
    public const string Policy = "data";

    public static IServiceCollection AddSiteRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        // Read through DI so hosts and tests can set the limits in configuration.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var perMinute = configuration.GetValue("RateLimits:PerClientPerMinute", 300);
            var burst = configuration.GetValue("RateLimits:Burst", 60);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = Math.Max(1, perMinute / 12),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(5),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = (context, cancellationToken) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(5);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "application/problem+json";
                return new ValueTask(context.HttpContext.Response.WriteAsync(
                    """{"type":"about:blank","title":"Too many requests","status":429,"detail":"Please slow down; see the Retry-After header."}""", cancellationToken));
            };
        });
        return services;
    }
}
