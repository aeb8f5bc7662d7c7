using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Transparency.E2E.Tests;

[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        string[] paths =
        [
            "/", "/guide", "/requests", "/figures", "/figures/addresses-disclosed", "/figures/deficient-share", "/cases",
            "/cases/centro-v-bessent", "/cases/ctr-v-irs", "/cases/cedc-v-bessent", "/cases/california-v-hhs",
            "/timeline", "/timeline?category=court-ruling&year=2026", "/sources", "/sources?tier=republication", "/sources/cnn-via-kvia", "/documents", "/methodology", "/cases/ctr-v-irs/fact-sheet", "/glossary", "/about", "/data", "/no-such-page",
            "/search", "/search?q=Romo", "/search?q=direcci%C3%B3n&kind=event",
        ];
        // Every page again in Spanish: longer words, other labels, the same rules.
        foreach (var path in paths.Concat(paths.Select(p => p == "/" ? "/es/" : "/es" + p)))
        {
            data.Add(path, 1280);
            data.Add(path, 320);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_passes_axe_for_wcag_2_a_and_aa(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"{path} at {width}px:\n{report}");
    }
}
