using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Transparency.Web.Tests.Hosting;

/// <summary>
/// The site keeps no cookies, so Data Protection keeps its keys in memory: no key ring written under the home
/// folder and no "No XML encryptor configured" warning on a newcomer's first run.
/// </summary>
public sealed class DataProtectionTests(SiteFactory factory)
{
    [Fact]
    public void Keys_live_in_memory_and_nothing_preloads_a_key_ring_from_disk()
    {
        Assert.IsType<Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider>(factory.Services.GetRequiredService<IDataProtectionProvider>());
        // The framework's start-up service loads (and creates, and warns about) the file-backed ring; matched by
        // namespace, so a renamed service in a later framework fails here instead of warning silently again.
        var preload = factory.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName ?? "")
            .Where(name => name.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
        Assert.Empty(preload);
    }
}
