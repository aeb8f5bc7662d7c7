using System.Globalization;
using Microsoft.AspNetCore.Hosting;

namespace Transparency.Web.Tests.Hosting;

/// <summary>The real app on its own copy of the fixture, polled often, so a test may break and mend the data.</summary>
public sealed class TempSite(double pollSeconds = 0.2) : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dataset:PollSeconds", pollSeconds.ToString(CultureInfo.InvariantCulture));
    }
}
