using Microsoft.Extensions.Localization;
using Transparency.Data.Sources;
using Transparency.Web.Charts;
using Transparency.Web.Components.Shared;
using Transparency.Web.Localization;

namespace Transparency.Web.Components.Pages.Embed;

/// <summary>One size the share snippet offers: the column width it is made for and the iframe height that fits it.</summary>
public sealed record EmbedSize(string Name, int Width, int Height);

/// <summary>
/// The iframe heights offered with an embed, computed on the server from the chart's data so that the
/// snippet needs no script. The embed is a column of the height of its frame: the credit line is its footer
/// and never scrolls away; the rest (title, takeaway, chart, the folded table and sources) scrolls above it
/// when the frame is too short. The height offered for a width is the sum of what that rest needs at
/// that width, so nothing scrolls:
/// <list type="bullet">
/// <item>fixed parts: the paddings, the two folded &lt;details&gt; rows, the footer's border and padding, and
/// 8 px to spare;</item>
/// <item>text (title, takeaway, legend, credit): lines × line height, where lines = characters × an average
/// glyph width ÷ the column width, the glyph width taken from DejaVu Sans (wider than most system fonts,
/// so other fonts leave a little room rather than scroll) and the column shortened by 10% for word breaks;</item>
/// <item>the chart, drawn unscaled (its text keeps the page's size at every width, charts.css):
/// RequestFunnelChart is an SVG 88 px per request less 12 (its own rule), then its legend line;
/// RulingsChart is HTML at 0.9rem (21.6 px lines): the legend's words (each with its icon and gap, about
/// four characters more) in lines, then per case its margin, its name, its 34 px track and its labels,
/// one per ruling, each in lines as above (RulingsChart.LabelText, its icon about two characters; digits and
/// lower-case words, so 0.52 em a glyph as measured in DejaVu Sans), and the 22 px axis with its border.</item>
/// </list>
/// The CSS sizes below are embed.css's; change both together. A browser test frames every embed at each
/// width with its height and fails if the credit leaves the frame or anything scrolls.
/// </summary>
public static class EmbedSizes
{
    /// <summary>A phone (390 px wide) and an article column (680 px); a wider frame fits in the 680 height.</summary>
    public static readonly IReadOnlyList<(string Name, int Width)> Widths = [("phone", 390), ("column", 680)];

    private const double PaddingX = 12;        // .embed-body, each side
    private const double PaddingTop = 8;
    private const double TitleSize = 18, TitleLine = 1.3 * 18, TitleGap = 4;
    private const double TakeawaySize = 15, TakeawayLine = 1.4 * 15, TakeawayGap = 8;
    private const double LegendSize = 14.4, LegendLine = 1.5 * 14.4, LegendGap = 4;
    private const double DetailsRow = 16 * 1.5 + 8;  // a summary line with its padding
    private const double DetailsGap = 8;             // margin above each <details>
    private const double BodyBottom = 8;
    private const double Spare = 8;                  // for a font whose lines run taller than DejaVu's
    private const double CreditSize = 13, CreditLine = 1.4 * 13, CreditChrome = 1 + 2 * 6;
    private const double FunnelRow = 88, FunnelLast = 12;                 // RequestFunnelChart's RowHeight, less the last row's gap
    private const double RulingsSize = 14.4, RulingsLine = 1.5 * 14.4;   // .rulings-chart: 0.9rem in the embed's 1.5 line height
    private const double RulingsLegendGap = 8, RulingsLegendExtra = 4;   // the legend's margin below; icon and gap, in characters
    private const double RulingsCaseMargin = 12, RulingsTrack = 34;      // .rulings-case margins (collapsed); RulingsChart.TrackHeight
    private const double RulingsLabelsGap = 2.4, RulingsLabelGap = 1.6;  // .rulings-labels margin-top; each li's margin
    private const double LabelGlyphWidth = 0.52;                         // the labels: dates, digits and lower-case words, measured
    private const double RulingsAxis = 22 + 1;                           // .rulings-axis and its border
    private const double GlyphWidth = 0.58, BoldGlyphWidth = 0.64, WordBreakSlack = 0.9;

    public static IReadOnlyList<EmbedSize> For(ChartModel chart, IStringLocalizer<EmbedStrings> text)
    {
        var credit = Credit(chart, text);
        var legend = Legend(chart);
        return Widths.Select(w => new EmbedSize(w.Name, w.Width, Height(chart, credit, legend, w.Width))).ToList();
    }

    /// <summary>The credit line as text, as the embed's footer prints it (there with links).</summary>
    public static string Credit(ChartModel chart, IStringLocalizer<EmbedStrings> text) =>
        $"{text["CreditSource"]} {LeadSource(chart)?.Publisher}{(chart.Sources.Count > 1 ? " " + text["CreditMore", chart.Sources.Count - 1] : "")}"
        + $" · {text["AsOf"]} {Display.Date(chart.AsOf)} · {text["ViewOn"]}";

    /// <summary>The source the credit names: the best tier (a court record before a report), then the first listed.</summary>
    public static SourceRef? LeadSource(ChartModel chart) => chart.Sources.OrderBy(s => s.Tier).FirstOrDefault();

    // The funnel's legend under the chart; each swatch takes about as much room as three letters.
    private static string Legend(ChartModel chart) => chart.Chart == ChartLoader.RequestFunnel
        ? $"___ {Text.Get("ColRequested")} ___ {Text.Get("LegendDisclosed")}"
        : "";

    /// <summary>The frame height, in CSS px, at which the embed of <paramref name="chart"/> shows everything at <paramref name="width"/>.</summary>
    public static int Height(ChartModel chart, string credit, string legend, int width)
    {
        var column = width - 2 * PaddingX;
        var body = PaddingTop
            + Lines(chart.Title, TitleSize * BoldGlyphWidth, column) * TitleLine + TitleGap
            + Lines(chart.Takeaway, TakeawaySize * GlyphWidth, column) * TakeawayLine + TakeawayGap
            + ChartHeight(chart, column)
            + (legend.Length == 0 ? 0 : LegendGap + Lines(legend, LegendSize * GlyphWidth, column) * LegendLine)
            + 2 * (DetailsGap + DetailsRow) + BodyBottom + Spare;
        var footer = CreditChrome + Lines(credit, CreditSize * GlyphWidth, column) * CreditLine;
        // Rounded up to 10 px: a snippet reads better with a round number, and the rest is room to spare.
        return (int)Math.Ceiling((body + footer) / 10) * 10;
    }

    private static double ChartHeight(ChartModel chart, double column)
    {
        if (chart.Chart == ChartLoader.RequestFunnel)
        {
            return Math.Max(FunnelRow, chart.Batches.Count * FunnelRow - FunnelLast);
        }
        var glyph = RulingsSize * GlyphWidth;
        var legend = string.Concat(RulingsChart.LegendTexts.Select(t => t + new string(' ', (int)RulingsLegendExtra)));
        var height = Lines(legend, glyph, column) * RulingsLine + RulingsLegendGap + RulingsAxis;
        foreach (var group in chart.Rulings.GroupBy(r => r.CaseId))
        {
            height += RulingsCaseMargin + Lines(group.First().CaseShortName, RulingsSize * BoldGlyphWidth, column) * RulingsLine
                + RulingsTrack + RulingsLabelsGap
                + group.Sum(r => Lines("  " + RulingsChart.LabelText(r, chart.Rulings), RulingsSize * LabelGlyphWidth, column) * RulingsLine + RulingsLabelGap);
        }
        return height;
    }

    private static int Lines(string text, double glyph, double column) =>
        Math.Max(1, (int)Math.Ceiling(text.Length * glyph / (column * WordBreakSlack)));
}
