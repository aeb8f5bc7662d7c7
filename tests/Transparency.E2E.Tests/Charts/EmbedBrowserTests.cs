using System.Buffers.Binary;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Transparency.E2E.Tests.Charts;

[Collection(BrowserTests.Name)]
public sealed class EmbedBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Another_page_can_frame_the_embed_and_readers_see_the_chart()
    {
        Assert.SkipWhen(browser.SkipReason is not null, browser.SkipReason ?? "");
        // Chromium also asks a page for the local-network-access permission before it frames a loopback site.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Permissions = ["local-network-access"] });
        var page = await context.NewPageAsync();
        // A page on another origin (localhost, not the site's 127.0.0.1), served by the test itself, not
        // by the app: the embed must show inside its iframe. Not about:blank or a made-up public host:
        // Chromium's local-network-access checks block a public page from framing a loopback site.
        var newsroom = browser.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/newsroom-article";
        await page.RouteAsync(newsroom, route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = "<!DOCTYPE html><title>A newsroom</title>" }));
        await page.GotoAsync(newsroom);
        await page.SetContentAsync($"""
            <!DOCTYPE html><html lang="en"><head><title>A newsroom article</title></head>
            <body><h1>Article</h1><iframe src="{browser.BaseUrl}/embed/request-funnel" title="Chart" width="100%" height="760" style="border:0"></iframe></body></html>
            """);

        var frame = page.FrameLocator("iframe");
        await Assertions.Expect(frame.Locator("h2")).ToHaveTextAsync("Requested versus disclosed, request by request");
        await Assertions.Expect(frame.Locator("figure svg[role=img]")).ToBeVisibleAsync();
        await Assertions.Expect(frame.Locator("details summary")).ToBeVisibleAsync();
        await Assertions.Expect(frame.Locator("a.view-on")).ToHaveAttributeAsync("href", $"{browser.BaseUrl}/requests#request-funnel");
    }

    [Fact]
    public async Task The_png_downloads_from_the_chart_card_at_1200_by_630()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/requests");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#request-funnel .chart-downloads a[href$='.png']").ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);

        // PNG signature, then the IHDR chunk: width and height as big-endian integers at bytes 16 and 20.
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(630, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.Matches(@"^transparency-request-funnel-v\d+\.\d+\.\d+\.png$", download.SuggestedFilename);
    }

    [Fact]
    public async Task The_embed_snippet_opens_by_keyboard_and_shows_the_iframe_code()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/requests");

        var summary = page.Locator("#request-funnel .embed-snippet summary");
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var code = page.Locator("#request-funnel textarea.embed-code");
        await Assertions.Expect(code).ToBeVisibleAsync();
        await Assertions.Expect(code).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^<iframe src=\"http://127\\.0\\.0\\.1:\\d+/embed/request-funnel\""));
    }

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/embed/request-funnel", "/embed/rulings?case=ctr-v-irs", "/es/embed/rulings", "/cases/ctr-v-irs/fact-sheet", "/es/cases/ctr-v-irs/fact-sheet" })
        {
            data.Add(path, 320);
            data.Add(path, 1280);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Embeds_and_fact_sheets_pass_axe_for_wcag_2_a_and_aa(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);
        // The table behind the disclosure is checked too.
        foreach (var details in await page.Locator("details").AllAsync())
        {
            await details.EvaluateAsync("d => d.open = true");
        }

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"{path} at {width}px:\n{report}");
        // Nothing wider than the viewport: the card reflows down to 320 px.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"{path} scrolls sideways at {width}px");
    }
}
