using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Transparency.Web.Tests.Hosting;

/// <summary>
/// The real app on its own copy of the fixture, so a test may break and mend the data. Its clock is a
/// <see cref="FakeTimeProvider"/>: the watcher polls data/ only when a test advances <see cref="Clock"/>
/// past the poll interval, and the build time it records moves only with it, so no test sleeps.
/// </summary>
public sealed class TempSite(double pollSeconds = 1) : SiteFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public TimeSpan PollInterval { get; } = TimeSpan.FromSeconds(pollSeconds);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dataset:PollSeconds", pollSeconds.ToString(CultureInfo.InvariantCulture))
            .ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>
    /// Moves the clock one poll at a time until <paramref name="done"/> holds: each step lets the watcher
    /// look at data/ once. The deadline is real time and generous, for a loaded two-core machine.
    /// </summary>
    public async Task<bool> PollUntilAsync(Func<Task<bool>> done, double seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await done())
            {
                return true;
            }
            Clock.Advance(PollInterval);
            // A moment for the watcher's tick to run on the thread pool before looking again.
            await Task.Delay(20);
        }
        return await done();
    }
}
