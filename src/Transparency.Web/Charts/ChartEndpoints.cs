using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Transparency.Web.Components.Pages.Embed;
using Transparency.Web.Localization;

namespace Transparency.Web.Charts;

/// <summary>
/// The shareable forms of a chart: <c>/embed/{chart}</c> (a framable HTML card) and
/// <c>/charts/{chart}.svg|.png</c> (a 1200×630 image), each also under <c>/es</c>. The filter state is
/// the query string (<c>?case=</c>), so each view has one permanent URL.
/// </summary>
public static class ChartEndpoints
{
    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in new[] { "", "/es" })
        {
            app.MapGet(prefix + "/embed/{chart}", EmbedAsync);
            app.MapGet(prefix + "/charts/{chart}.svg", (string chart, string? @case, HttpContext context, CancellationToken token) => ImageAsync(chart, @case, "svg", context, token));
            app.MapGet(prefix + "/charts/{chart}.png", (string chart, string? @case, HttpContext context, CancellationToken token) => ImageAsync(chart, @case, "png", context, token));
        }
        return app;
    }

    private static async Task<IResult> EmbedAsync(string chart, string? @case, HttpContext context, CancellationToken token)
    {
        var language = Languages.FromPath(context.Request.Path);
        // The key numbers are a share image only: the overview's hero chart has no embed form.
        var model = chart == ChartLoader.KeyNumbers ? null : await LoadAsync(chart, @case, language, context, token);
        if (model is null)
        {
            return Results.NotFound();
        }
        var services = context.RequestServices;
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var culture = Languages.Culture(language);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var output = await renderer.RenderComponentAsync<EmbedDocument>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(EmbedDocument.Chart)] = model,
                [nameof(EmbedDocument.PageUrl)] = PageUrl(model, context),
            }));
            return output.ToHtmlString();
        });
        context.Response.Headers.CacheControl = Hosting.HttpCaching.PublicCacheControl;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> ImageAsync(string chart, string? caseId, string format, HttpContext context, CancellationToken token)
    {
        var language = Languages.FromPath(context.Request.Path);
        var model = await LoadAsync(chart, caseId, language, context, token);
        if (model is null)
        {
            return Results.NotFound();
        }
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<EmbedStrings>>();
        var svg = await ChartImage.SvgAsync(model, PageUrl(model, context), context.RequestServices, text);
        context.Response.Headers.CacheControl = Hosting.HttpCaching.PublicCacheControl;
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = model.FileName(format) }.ToString();
        return format == "svg"
            ? Results.Text(svg, "image/svg+xml; charset=utf-8")
            : Results.Bytes(ChartImage.Png(svg), "image/png");
    }

    private static Task<ChartModel?> LoadAsync(string chart, string? caseId, Data.Language language, HttpContext context, CancellationToken token)
    {
        var loader = ActivatorUtilities.CreateInstance<ChartLoader>(context.RequestServices);
        return loader.LoadAsync(chart, string.IsNullOrEmpty(caseId) ? null : caseId, language, token);
    }

    private static string PageUrl(ChartModel model, HttpContext context) =>
        SiteUrls.Absolute(context.RequestServices.GetRequiredService<SiteUrls>().BaseUrl(context.Request), model.PagePath);
}
