using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Transparency.E2E.Tests;

/// <summary>The event, corrections and citation views, checked with "Cite this" opened so axe sees its content.</summary>
[Collection(BrowserTests.Name)]
public sealed class CitationAndCorrectionsTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        string[] paths =
        [
            "/corrections", "/events/2025-02-ice-asks-irs-for-700000-addresses", "/events/2026-02-05-cedc-stay-and-injunction",
            "/events/2025-02-ssa-gives-ice-addresses", "/cases/ctr-v-irs", "/figures/addresses-disclosed",
        ];
        foreach (var path in paths)
        {
            data.Add(path, 1280);
            data.Add(path, 320);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_with_cite_this_open_passes_axe_and_fits_the_screen(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"{path} at {width}px:\n{report}");
        // Name what sticks out, so a failure says what to fix.
        var wide = overflow <= 0 ? "" : await page.EvaluateAsync<string>("""
            [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                .slice(-5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') + ' ' + Math.round(e.getBoundingClientRect().left) + '-' + Math.round(e.getBoundingClientRect().right)).join('; ')
            """);
        Assert.True(overflow <= 0, string.Create(CultureInfo.InvariantCulture, $"{path} is {overflow}px wider than the screen: {wide}"));
    }

    [Fact]
    public async Task A_reader_opens_cite_this_and_can_select_the_bibtex_without_javascript()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/events/2025-02-17-ctr-v-irs-filed");

        await page.GetByText("Cite this", new() { Exact = true }).ClickAsync();

        var bibtex = await page.Locator("pre.bibtex code").InnerTextAsync();
        Assert.StartsWith("@misc{transparency-2025-02-17-ctr-v-irs-filed,", bibtex, StringComparison.Ordinal);
        Assert.True(await page.Locator("p.citation").IsVisibleAsync());
    }
}
