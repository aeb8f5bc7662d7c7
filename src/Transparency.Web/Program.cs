using MudBlazor.Services;
using Transparency.Data.Building;
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

builder.Services.AddDataset();
builder.Services.AddSiteRateLimits();
builder.Services.AddForwardedClients(builder.Configuration);
builder.Services.AddExceptionHandler<ErrorReference>();
builder.Services.AddSingleton(SiteUrls.From(builder.Configuration));
builder.Services.AddSingleton(ErrorReports.From(builder.Configuration));
builder.Services.AddSiteLocalization();
builder.Services.AddRazorComponents();
builder.Services.AddInMemoryDataProtection();
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
