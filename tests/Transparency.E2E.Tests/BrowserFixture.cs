using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Transparency.E2E.Tests;

/// <summary>The real app on a real Kestrel port, driven by Debian's Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private KestrelSite? _site;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Why the browser tests cannot run here; never set when CI=true (they fail instead).</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            var reason = $"Chromium not found at {chromium}; install it with `apt-get install -y chromium` or set CHROMIUM_PATH.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason + " Browser tests are required when CI=true.");
            }
            SkipReason = reason;
            return;
        }
        _site = new KestrelSite();
        _site.StartServer();
        var addresses = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Playwright's 30 s default flaked on a loaded two-core machine (a navigation waiting for "load");
        // a slow machine should make a test slow, not red.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>The real app on a copy of the fixture dataset built into a temp folder, on a free port.</summary>
    private sealed class KestrelSite : WebApplicationFactory<Program>
    {
        private readonly string _root = TestRepository.NewTempDirectory("transparency-e2e-");

        public KestrelSite()
        {
            TestRepository.CopyFixture(Path.Combine(_root, "data"));
            UseKestrel(0);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseEnvironment("Production")
                .UseSetting("Dataset:DataDirectory", Path.Combine(_root, "data"))
                .UseSetting("Dataset:DatabasePath", Path.Combine(_root, "out", "transparency.db"))
                .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            TestRepository.DeleteQuietly(_root);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
