using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Transparency.Tests;

/// <summary>
/// The real app in memory, on a private copy of the fixture dataset (tests/fixtures) that the real builder
/// builds at start-up into a temp folder: never the repository's data/ or artifacts/, so editing a
/// published fact fails none of the tests that use it. One instance serves a whole test assembly (an
/// assembly fixture); a test that needs other settings or data makes its own.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public SiteFactory()
        : this(TestRepository.CopyFixture)
    {
    }

    /// <summary>A site on other data: <paramref name="copyData"/> fills the given folder (the published-facts tests copy data/).</summary>
    protected SiteFactory(Func<string, string> copyData)
    {
        Root = TestRepository.NewTempDirectory("transparency-site-");
        DataDirectory = copyData(Path.Combine(Root, "data"));
        DatabasePath = Path.Combine(Root, "out", "transparency.db");
    }

    public string Root { get; }

    public string DataDirectory { get; }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as readers get it: the generic error page, not the developer one.
        // Tests send bursts from one address; the limiter itself is tested with its real limits.
        builder.UseEnvironment("Production")
            .UseSetting("Dataset:DataDirectory", DataDirectory)
            .UseSetting("Dataset:DatabasePath", DatabasePath)
            .UseSetting("RateLimits:PerClientPerMinute", "1000000")
            .UseSetting("RateLimits:Burst", "1000000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        TestRepository.DeleteQuietly(Root);
    }
}
