using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Transparency.Web.Tests;

/// <summary>The real app in memory, on the real dataset built by the real builder.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as readers get it: the generic error page, not the developer one.
        builder.UseEnvironment("Production");
    }
}
