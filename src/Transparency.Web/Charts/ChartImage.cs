using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using Svg.Skia;
using Transparency.Web.Components.Shared;
using Transparency.Web.Localization;

namespace Transparency.Web.Charts;

/// <summary>
/// The chart as a standalone 1200×630 image (slides, articles, Open Graph cards). The bars and dots come
/// from the very Razor component the page shows, rendered to markup on the server, so the picture cannot
/// drift from the page. The site's CSS is not there, so every class is turned into inline presentation
/// attributes; the PNG is the same SVG rasterised by Svg.Skia.
/// </summary>
public static class ChartImage
{
    public const int Width = 1200;
    public const int Height = 630;
    private const string FontFamily = "DejaVu Sans, Arial, sans-serif";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The light theme's colours from site.css: an image has no colour scheme to follow.
    private static readonly Dictionary<string, (string Attribute, string Value)[]> ClassStyles = new()
    {
        ["chart-label"] = [("font-size", "12"), ("font-weight", "bold"), ("fill", "#1b1b1f")],
        ["chart-value"] = [("font-size", "12"), ("fill", "#1b1b1f")],
        ["chart-axis"] = [("font-size", "11"), ("fill", "#1b1b1f")],
        ["chart-muted"] = [("fill", "#4a4a52"), ("font-style", "italic")],
        ["chart-grid"] = [("stroke", "#d5d8de"), ("stroke-width", "1")],
        ["bar-requested"] = [("fill", "#1a4f8b")],
        ["bar-disclosed"] = [("fill", "#b3261e")],
        ["dot"] = [("stroke", "#ffffff"), ("stroke-width", "1.5"), ("fill", "#4a4a52")],
        ["dot-granted"] = [("fill", "#1d5e2f")],
        ["dot-affirmed"] = [("fill", "#1d5e2f")],
        ["dot-granted-in-part"] = [("fill", "#2f7d8c")],
        ["dot-denied"] = [("fill", "#a1241b")],
        ["dot-ordered"] = [("fill", "#1a4f8b")],
        ["dot-partly-lifted"] = [("fill", "#6b4e00")],
        ["dot-indicated"] = [("fill", "#6b6b6b")],
    };

    public static async Task<string> SvgAsync(ChartModel chart, string pageUrl, IServiceProvider services, IStringLocalizer<EmbedStrings> text)
    {
        var markup = await RenderChartAsync(chart, services);
        var inner = XElement.Parse("<root>" + markup + "</root>").Elements().First(e => e.Name.LocalName == "svg");
        var viewBox = ((string?)inner.Attribute("viewBox") ?? "0 0 400 300").Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

        // The plot area between the header (title, takeaway) and the footer (source line, site name).
        const double left = 48, top = 150, areaWidth = Width - 96, areaHeight = 380;
        // Capped, so a one-row chart keeps the type size of the others instead of filling the card with huge labels.
        var scale = Math.Min(Math.Min(areaWidth / viewBox[2], areaHeight / viewBox[3]), 1.8);

        var plot = new XElement(Svg + "g", new XAttribute("transform", FormattableString.Invariant($"translate({left},{top}) scale({scale:0.###})")));
        foreach (var element in inner.Elements().Where(e => e.Name.LocalName is not ("title" or "desc")))
        {
            plot.Add(Inline(element));
        }

        var source = text["SourceLine", chart.Version, chart.Sources.Count, pageUrl].Value;
        var root = new XElement(Svg + "svg",
            new XAttribute("width", Width), new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("font-family", FontFamily),
            new XAttribute("role", "img"),
            new XAttribute(XNamespace.Xml + "lang", Languages.Code(chart.Language)),
            new XElement(Svg + "title", chart.Title),
            new XElement(Svg + "desc", chart.Takeaway),
            new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("fill", "#ffffff")),
            new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", 8), new XAttribute("fill", "#1a4f8b")),
            Text(48, 70, 34, "bold", "#1b1b1f", chart.Title),
            Text(48, 110, 19, "normal", "#4a4a52", Shorten(chart.Takeaway, 110)),
            plot);
        if (chart.Chart == ChartLoader.RequestFunnel)
        {
            // Far enough left for the longer Spanish legend ("Divulgado (últimas direcciones conocidas enviadas)").
            root.Add(Swatch(640, 150, "#1a4f8b", text["Requested"]), Swatch(640, 180, "#b3261e", text["Disclosed"]));
        }
        root.Add(
            new XElement(Svg + "line", new XAttribute("x1", 48), new XAttribute("x2", Width - 48), new XAttribute("y1", 560), new XAttribute("y2", 560),
                new XAttribute("stroke", "#c9ccd4"), new XAttribute("stroke-width", 1)),
            Text(48, 588, 14, "normal", "#4a4a52", Shorten(source, 150)),
            Text(48, 614, 16, "bold", "#1a4f8b", text["SiteName"]),
            Text(190, 614, 14, "normal", "#4a4a52", text["SiteTagline"]));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.DisableFormatting);
    }

    public static byte[] Png(string svg)
    {
        using var document = new SKSvg();
        if (DejaVuTypefaces.Instance.Available && document.Settings.TypefaceProviders is { } providers)
        {
            providers.Insert(0, DejaVuTypefaces.Instance);
        }
        using var picture = document.FromSvg(svg) ?? throw new InvalidOperationException("The chart SVG could not be read.");
        using var bitmap = new SKBitmap(Width, Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawPicture(picture);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static async Task<string> RenderChartAsync(ChartModel chart, IServiceProvider services)
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var culture = Languages.Culture(chart.Language);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // The chart's own labels follow the request's language like the page's do.
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var output = chart.Chart == ChartLoader.RequestFunnel
                ? await renderer.RenderComponentAsync<RequestFunnelChart>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(RequestFunnelChart.Id)] = "image", [nameof(RequestFunnelChart.Title)] = chart.Title, [nameof(RequestFunnelChart.Batches)] = chart.Batches,
                }))
                : await renderer.RenderComponentAsync<RulingsChart>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(RulingsChart.Id)] = "image", [nameof(RulingsChart.Title)] = chart.Title, [nameof(RulingsChart.Rulings)] = chart.Rulings,
                }));
            return output.ToHtmlString();
        });
    }

    /// <summary>A copy of one chart element in the SVG namespace, its classes replaced by inline attributes.</summary>
    private static XElement Inline(XElement element)
    {
        var copy = new XElement(Svg + element.Name.LocalName);
        foreach (var attribute in element.Attributes().Where(a => a.Name.LocalName is not ("class" or "xmlns")))
        {
            copy.SetAttributeValue(attribute.Name.LocalName, attribute.Value);
        }
        foreach (var cls in ((string?)element.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (name, value) in ClassStyles.GetValueOrDefault(cls, []))
            {
                copy.SetAttributeValue(name, value);
            }
        }
        foreach (var node in element.Nodes())
        {
            copy.Add(node is XElement child ? Inline(child) : node);
        }
        return copy;
    }

    private static XElement Text(double x, double y, int size, string weight, string fill, string content) =>
        new(Svg + "text", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("font-size", size),
            new XAttribute("font-weight", weight), new XAttribute("fill", fill), content);

    private static XElement Swatch(double x, double y, string fill, string label) =>
        new(Svg + "g",
            new XElement(Svg + "rect", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("width", 18), new XAttribute("height", 18), new XAttribute("fill", fill)),
            Text(x + 26, y + 15, 16, "normal", "#1b1b1f", label));

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)].TrimEnd() + "…";
}
