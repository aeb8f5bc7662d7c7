using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Transparency.Web.Tests;

/// <summary>The real app in memory, on the real dataset built by the real builder.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as readers get it: the generic error page, not the developer one.
        // Tests send bursts from one address; the limiter itself is tested with its real limits.
        builder.UseEnvironment("Production")
            .UseSetting("RateLimits:PerClientPerMinute", "1000000")
            .UseSetting("RateLimits:Burst", "1000000");
    }
}
