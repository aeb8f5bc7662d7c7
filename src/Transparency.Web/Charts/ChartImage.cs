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
        ["bar-unlawful"] = [("fill", "#1b1b1f")],
    };

    /// <summary>The smallest text the chart itself draws: readable when the card is shown 390 px wide (a third of its size).</summary>
    public const double MinLabelSize = 24;
    /// <summary>The largest: a chart with few rows does not get huge labels.</summary>
    public const double MaxLabelSize = 30;
    private const double Margin = 48, PlotTop = 150, PlotBottom = 562;

    public static async Task<string> SvgAsync(ChartModel chart, string pageUrl, IServiceProvider services, IStringLocalizer<EmbedStrings> text)
    {
        var (inner, labelSize) = await LayOutAsync(chart, services);
        var height = Number(inner, "height");

        // The chart fills the card between the header and the footer at the largest label size that fits;
        // only a chart too tall even at the minimum size is scaled down (none of today's is).
        var scale = Math.Min(1, (PlotBottom - PlotTop) / height);
        var plot = new XElement(Svg + "g", new XAttribute("transform", FormattableString.Invariant($"translate({Margin},{PlotTop + Math.Max(0, (PlotBottom - PlotTop - height) / 3):0.#}) scale({scale:0.###})")),
            new XAttribute("data-label-size", labelSize.ToString("0.#", CultureInfo.InvariantCulture)));
        foreach (var element in inner.Elements().Where(e => e.Name.LocalName is not ("title" or "desc")))
        {
            plot.Add(Inline(element));
        }

        var source = text["SourceLine", chart.Version, chart.Sources.Count, pageUrl].Value;
        var titleSize = Math.Clamp((Width - 2 * Margin) / (0.6 * chart.Title.Length), 28, 40);
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
            Text(Margin, 60, titleSize, "bold", "#1b1b1f", Shorten(chart.Title, 60)),
            plot);
        // The takeaway on up to two lines (about 88 characters each at 22 px), shortened only beyond that.
        var lines = TwoLines(chart.Takeaway, 88);
        for (var i = 0; i < lines.Count; i++)
        {
            root.Add(Text(Margin, 96 + i * 27, 22, "normal", "#4a4a52", lines[i]));
        }
        root.Add(
            new XElement(Svg + "line", new XAttribute("x1", Margin), new XAttribute("x2", Width - Margin), new XAttribute("y1", 572), new XAttribute("y2", 572),
                new XAttribute("stroke", "#c9ccd4"), new XAttribute("stroke-width", 1)),
            SourceText(source, pageUrl),
            Text(Margin, 622, 22, "bold", "#1a4f8b", text["SiteName"]),
            Text(Margin + 180, 622, 18, "normal", "#4a4a52", text["SiteTagline"]));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The chart drawn for the image at the largest label size (24 to 30 px) whose drawing fits the plot area.</summary>
    public static async Task<(XElement Svg, double LabelSize)> LayOutAsync(ChartModel chart, IServiceProvider services)
    {
        XElement? drawn = null;
        for (var size = MaxLabelSize; size >= MinLabelSize; size -= 1)
        {
            var markup = await RenderChartAsync(chart, services, size);
            drawn = XElement.Parse("<root>" + markup + "</root>").Elements().First(e => e.Name.LocalName == "svg");
            if (Number(drawn, "height") <= PlotBottom - PlotTop)
            {
                return (drawn, size);
            }
        }
        return (drawn!, MinLabelSize);
    }

    private static double Number(XElement element, string attribute) => double.Parse((string?)element.Attribute(attribute) ?? "0", CultureInfo.InvariantCulture);

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

    private static async Task<string> RenderChartAsync(ChartModel chart, IServiceProvider services, double labelSize)
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var culture = Languages.Culture(chart.Language);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // The chart's own labels follow the request's language like the page's do.
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var output = chart.Chart == ChartLoader.KeyNumbers
                ? await renderer.RenderComponentAsync<RatioChart>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(RatioChart.Id)] = "image", [nameof(RatioChart.Figures)] = chart.Figures,
                    [nameof(RatioChart.Width)] = (double?)(Width - 2 * Margin), [nameof(RatioChart.FontSize)] = labelSize,
                }))
                : chart.Chart == ChartLoader.RequestFunnel
                ? await renderer.RenderComponentAsync<RequestFunnelChart>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(RequestFunnelChart.Id)] = "image", [nameof(RequestFunnelChart.Title)] = chart.Title, [nameof(RequestFunnelChart.Batches)] = chart.Batches,
                    [nameof(RequestFunnelChart.Width)] = (double?)(Width - 2 * Margin), [nameof(RequestFunnelChart.FontSize)] = labelSize,
                }))
                : await renderer.RenderComponentAsync<RulingsChart>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(RulingsChart.Id)] = "image", [nameof(RulingsChart.Title)] = chart.Title, [nameof(RulingsChart.Rulings)] = chart.Rulings,
                    [nameof(RulingsChart.Width)] = (double?)(Width - 2 * Margin), [nameof(RulingsChart.FontSize)] = labelSize,
                }));
            return output.ToHtmlString();
        });
    }

    /// <summary>A copy of one chart element in the SVG namespace, its classes replaced by inline attributes.</summary>
    private static XElement Inline(XElement element)
    {
        var copy = new XElement(Svg + element.Name.LocalName);
        foreach (var cls in ((string?)element.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (name, value) in ClassStyles.GetValueOrDefault(cls, []))
            {
                copy.SetAttributeValue(name, value);
            }
        }
        // The component's own attributes (the image's font size, a label's fill inside a bar) win over the class's.
        foreach (var attribute in element.Attributes().Where(a => a.Name.LocalName is not ("class" or "xmlns")))
        {
            copy.SetAttributeValue(attribute.Name.LocalName, attribute.Value);
        }
        foreach (var node in element.Nodes())
        {
            copy.Add(node is XElement child ? Inline(child) : node);
        }
        return copy;
    }

    private static XElement Text(double x, double y, double size, string weight, string fill, string content) =>
        new(Svg + "text", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("font-size", size.ToString("0.#", CultureInfo.InvariantCulture)),
            new XAttribute("font-weight", weight), new XAttribute("fill", fill), content);

    private static List<string> TwoLines(string value, int max)
    {
        var lines = new List<string> { "" };
        foreach (var word in value.Split(' '))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > max)
            {
                lines.Add("");
            }
            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }
        return lines.Count <= 2 ? lines : [lines[0], Shorten(string.Join(" ", lines.Skip(1)), max)];
    }

    /// <summary>
    /// The source line with the page URL always whole: a shortened URL is a broken link to anyone who
    /// types it (and to the export's link checker, which reads the site's URLs in any text). A long line
    /// is set smaller (down to 12 px, about 167 characters); beyond that the words before the URL are
    /// shortened, never the URL.
    /// </summary>
    private static XElement SourceText(string source, string pageUrl)
    {
        const int fits = 118;
        const double size = 17, smallest = 12;
        if (source.Length <= fits)
        {
            return Text(Margin, 596, size, "normal", "#4a4a52", source);
        }
        var most = (int)(fits * size / smallest);
        var at = source.LastIndexOf(pageUrl, StringComparison.Ordinal);
        if (source.Length > most && at > 0)
        {
            var before = source[..at];
            source = Shorten(before, Math.Max(2, most - (source.Length - at))) + " " + source[at..];
        }
        return Text(Margin, 596, Math.Max(smallest, Math.Floor(size * fits / source.Length)), "normal", "#4a4a52", source);
    }

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)].TrimEnd() + "…";
}
