using MudBlazor.Services;
using Transparency.Data;
using Transparency.Data.Building;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Data.Timeline;
using Transparency.Web;
using Transparency.Web.Api;
using Transparency.Web.Components;

// Command-line entry: `dotnet run --project src/Transparency.Web -- build [--data DIR] [--out FILE]`.
if (args.Length > 0 && args[0] == "build")
{
    return DatasetCommand.Build(args[1..], Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` in Production serves the linked root wwwroot/ and MudBlazor's files from the build
// manifest; a published app has them copied and this is a no-op.
builder.WebHost.UseStaticWebAssets();
var paths = DatasetPaths.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
var database = DatasetPaths.EnsureDatabase(paths, Console.Error);

builder.Services.AddSingleton(database);
builder.Services.AddSingleton<DatasetQueries>();
builder.Services.AddSingleton<FigureQueries>();
builder.Services.AddSingleton<RequestQueries>();
builder.Services.AddSingleton<CaseQueries>();
builder.Services.AddSingleton<TimelineQueries>();
builder.Services.AddSingleton<SourceQueries>();
builder.Services.AddRazorComponents();
builder.Services.AddMudServices();
builder.Services.AddApi();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseCors();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>();
app.MapOpenApi().RequireCors(ApiEndpoints.CorsPolicy);
app.MapApi();

app.Run();
return 0;
