using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Transparency.Web.Hosting;

/// <summary>
/// Behind nginx or a CDN every request arrives from the proxy's address, so the per-client download and API
/// limits would put every reader in one bucket. X-Forwarded-For is read only from proxies this host trusts:
/// loopback (nginx on the same machine) and the addresses or CIDR networks in Site:TrustedProxies. From
/// anyone else the header is ignored, so a client cannot pick its own bucket. The address stays in memory
/// as the limiter's key; it is never logged.
/// </summary>
public static class ForwardedClients
{
    public const string TrustedProxiesKey = "Site:TrustedProxies";

    public static IServiceCollection AddForwardedClients(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = new List<System.Net.IPNetwork>();
        var proxies = new List<IPAddress>();
        foreach (var entry in (configuration[TrustedProxiesKey] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network) && entry.Contains('/'))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                proxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"{TrustedProxiesKey}: '{entry}' is neither an IP address nor a CIDR network (e.g. 10.0.0.0/8).");
            }
        }
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            // Walk back through every trusted hop (CDN -> nginx -> app), stopping at the first untrusted one.
            options.ForwardLimit = null;
            // KnownProxies already holds the loopback addresses.
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }
}
