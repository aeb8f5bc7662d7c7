using System.Globalization;

namespace Transparency.E2E.Tests.Charts;

/// <summary>
/// Chart text must read on a phone and not shout on a desktop: at least 12 CSS px at 390 px wide, no larger
/// than the body text at 1280 px. Measured in the browser for every text of every chart on the pages that
/// have one: the font size as rendered (the computed size times the SVG's scale on screen, which a viewBox
/// would shrink on a phone) and the box the text occupies.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ChartTextSizeBrowserTests(BrowserFixture browser)
{
    // Every text a chart draws: SVG labels, and the HTML labels, legends and captions around them.
    private const string ChartText =
        ".chart text, .rulings-chart text, .rulings-case-name, .rulings-labels li, .rulings-legend li, .chart-legend";

    private const string Measure = """
        (selector) => [...document.querySelectorAll(selector)]
            .filter(e => e.getClientRects().length > 0 && e.textContent.trim() !== '')
            .map(e => {
                const box = e.getBoundingClientRect();
                const ctm = e.getScreenCTM ? e.getScreenCTM() : null;
                const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
                return { text: e.textContent.trim().slice(0, 40), size: parseFloat(getComputedStyle(e).fontSize) * scale, height: box.height, right: box.right, viewport: document.documentElement.clientWidth };
            })
        """;

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/", "/requests", "/cases", "/cases/ctr-v-irs", "/es/", "/es/requests", "/es/cases", "/es/cases/ctr-v-irs" })
        {
            data.Add(path, 320);
            data.Add(path, 390);
            data.Add(path, 1280);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Chart_text_is_at_least_12_px_on_a_phone_and_no_larger_than_body_text_on_a_desktop(string path, int width)
    {
        Assert.SkipWhen(browser.SkipReason is not null, browser.SkipReason ?? "");
        var page = await browser.NewPageAsync(width, 900);
        await page.GotoAsync(path);

        var texts = await page.EvaluateAsync<Measured[]>(Measure, ChartText);
        var body = double.Parse(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontSize.replace('px', '')"), CultureInfo.InvariantCulture);

        Assert.NotEmpty(texts);
        // A label that runs past the screen's edge is cut off (or scrolls the page sideways).
        Assert.All(texts, t => Assert.True(t.Right <= t.Viewport, $"{path} at {width}: \"{t.Text}\" ends at {t.Right:0} px, past the {t.Viewport:0} px screen"));
        if (width <= 390)
        {
            Assert.All(texts, t => Assert.True(t.Size >= 12 && t.Height >= 12, $"{path} at {width}: \"{t.Text}\" is {t.Size:0.#} px ({t.Height:0.#} px box)"));
        }
        else
        {
            Assert.All(texts, t => Assert.True(t.Size <= body, $"{path} at {width}: \"{t.Text}\" is {t.Size:0.#} px, body text {body:0.#} px"));
        }
    }

    public sealed class Measured
    {
        public string Text { get; set; } = "";
        public double Size { get; set; }
        public double Height { get; set; }
        public double Right { get; set; }
        public double Viewport { get; set; }
    }
}
