using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Localization;
using MudBlazor.Services;
using Transparency.Data;
using Transparency.Data.Building;
using Transparency.Data.Cases;
using Transparency.Data.Corrections;
using Transparency.Data.Dataset;
using Transparency.Data.Downloads;
using Transparency.Data.Events;
using Transparency.Data.Feeds;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;
using Transparency.Web;
using Transparency.Web.Api;
using Transparency.Web.Components;
using Transparency.Web.Downloads;
using Transparency.Web.Hosting;
using Transparency.Web.Localization;
using Transparency.Web.Feeds;

// Command-line entry: `dotnet run --project src/Transparency.Web -- validate|build|generate|export ...`. The
// dataset commands live beside the builder in Transparency.Data; export renders the site, so it lives here.
if (args.Length > 0 && args[0] == "validate") { return DatasetCommand.Validate(args[1..], Console.Out, Console.Error); }
if (args.Length > 0 && args[0] == "build") { return DatasetCommand.Build(args[1..], Console.Out, Console.Error); }
if (args.Length > 0 && args[0] == "generate") { return DatasetCommand.Generate(args[1..], Console.Out, Console.Error); }
if (args.Length > 0 && args[0] == "export") { return await Transparency.Web.Export.ExportCommand.RunAsync(args[1..], Console.Out, Console.Error); }

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` in Production serves the linked root wwwroot/ and MudBlazor's files from the build
// manifest; a published app has them copied and this is a no-op.
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// Paths come from configuration through DI, so tests and hosts can point the site at another data/.
builder.Services.AddSingleton(sp => DatasetPaths.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
builder.Services.AddSingleton(sp => new Database(sp.GetRequiredService<DatasetPaths>().DatabasePath));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<DatasetWatcher>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<DatasetWatcher>());
builder.Services.AddSingleton<DatasetQueries>();
builder.Services.AddSingleton<OverviewQueries>();
builder.Services.AddSingleton<FigureQueries>();
builder.Services.AddSingleton<RequestQueries>();
builder.Services.AddSingleton<CaseQueries>();
builder.Services.AddSingleton<TimelineQueries>();
builder.Services.AddSingleton<SourceQueries>();
builder.Services.AddSingleton<TableQueries>();
builder.Services.AddSingleton<DatasetFiles>();
// Prepares the /data files on disk in the background for every build the watcher serves.
builder.Services.AddHostedService(sp => sp.GetRequiredService<DatasetFiles>());
builder.Services.AddSingleton<ViewStreams>();
builder.Services.AddSiteRateLimits();
builder.Services.AddForwardedClients(builder.Configuration);
builder.Services.AddExceptionHandler<ErrorReference>();
builder.Services.AddSingleton<CorrectionQueries>();
builder.Services.AddSingleton<EventQueries>();
builder.Services.AddSingleton<FeedQueries>();
builder.Services.AddSingleton(SiteUrls.From(builder.Configuration));
builder.Services.AddLocalization();
// Rendering costs paid once instead of per page (issue #6): resource strings from frozen dictionaries.
builder.Services.AddSingleton<IStringLocalizer<Strings>, FrozenStringLocalizer<Strings>>();
builder.Services.AddSingleton<IStringLocalizer<EmbedStrings>, FrozenStringLocalizer<EmbedStrings>>();
builder.Services.AddRazorComponents();
// Razor components pull in antiforgery and so Data Protection, whose default key ring is written unencrypted
// under ~/.aspnet with a start-up warning. The site sets no cookies and has only GET forms (no token to
// protect), so its keys live in memory and die with the process. The framework's start-up service would still
// preload (and create, and warn about) the unused file-backed ring: it is removed.
builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
var keyRingPreload = builder.Services.FirstOrDefault(d => d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");
if (keyRingPreload is not null) { builder.Services.Remove(keyRingPreload); }
builder.Services.AddMudServices();
builder.Services.AddApi();
builder.Services.AddHttpCaching(builder.Configuration);

var app = builder.Build();

app.UseRoutingWithHeadAsGet();
app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true });
    app.UseHsts();
}
app.UseDatasetUnavailablePage();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// CORS headers go on before the cache, which replays what the inner middleware wrote.
app.UseCors();
// Downloads and the API stay limited per client even when the answer is cached: bandwidth is the cost.
app.UseRateLimiter();
// Inside the 503 and error pages, which are never cached.
app.UseHttpCaching();
// After the status-code and error re-execution, so a Spanish 404 or error page is Spanish too.
app.UseLanguageFromPath();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealth();
app.MapDownloads();
Transparency.Web.Charts.ChartEndpoints.MapCharts(app);
app.MapRazorComponents<App>();
app.MapFeeds();
app.MapOpenApi().RequireCors(ApiEndpoints.CorsPolicy);
app.MapApi().RequireRateLimiting(RateLimits.Policy);

app.Run();
return 0;
