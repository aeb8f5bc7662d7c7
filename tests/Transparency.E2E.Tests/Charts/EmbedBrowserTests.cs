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
        await Assertions.Expect(frame.Locator("h1")).ToHaveTextAsync("Requested versus disclosed, request by request");
        await Assertions.Expect(frame.Locator("figure svg[role=img]")).ToBeVisibleAsync();
        await Assertions.Expect(frame.Locator("details summary").First).ToBeVisibleAsync();
        await Assertions.Expect(frame.Locator("a.view-on")).ToHaveAttributeAsync("href", $"{browser.BaseUrl}/requests#request-funnel");
    }

    public static TheoryData<string, string, string, int> SnippetsByWidth()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var language in new[] { "", "/es" })
        {
            foreach (var (page, card, embed) in new[]
            {
                ("/requests", "request-funnel", "/embed/request-funnel"),
                ("/cases", "rulings-over-time", "/embed/rulings"),
                ("/cases/ctr-v-irs", "case-rulings", "/embed/rulings?case=ctr-v-irs"),
            })
            {
                foreach (var width in new[] { 390, 680 })
                {
                    data.Add(language + page, card, language + embed, width);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SnippetsByWidth))]
    public async Task The_snippet_for_a_width_shows_the_whole_embed_and_its_credit_line_in_its_frame(string page, string card, string embed, int width)
    {
        Assert.SkipWhen(browser.SkipReason is not null, browser.SkipReason ?? "");
        // The snippet exactly as a reader copies it from the chart card, for this column width.
        var site = await browser.NewPageAsync();
        await site.GotoAsync(page);
        var snippet = await site.Locator($"#{card}-embed-code-{width}").InputValueAsync();
        var height = int.Parse(System.Text.RegularExpressions.Regex.Match(snippet, "height=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"<iframe src=\"{browser.BaseUrl}{embed}\"", snippet, StringComparison.Ordinal);

        // A newsroom page on another origin puts it in a column of that width (see the test above for why localhost).
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Permissions = ["local-network-access"],
            ViewportSize = new ViewportSize { Width = width, Height = height + 200 },
        });
        context.SetDefaultTimeout(120_000);
        var host = await context.NewPageAsync();
        var newsroom = browser.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/newsroom-article";
        await host.RouteAsync(newsroom, route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = "<!DOCTYPE html><title>A newsroom</title>" }));
        await host.GotoAsync(newsroom);
        await host.SetContentAsync($"""
            <!DOCTYPE html><html lang="en"><head><title>A newsroom article</title></head>
            <body style="margin:0"><div style="width:{width}px">{snippet}</div><p>The article goes on.</p></body></html>
            """);
        await host.FrameLocator("iframe").Locator("footer.embed-credit a.view-on").WaitForAsync();
        var frame = (await (await host.Locator("iframe").ElementHandleAsync()).ContentFrameAsync())!;
        var iframeBox = (await host.Locator("iframe").BoundingBoxAsync())!;
        Assert.Equal(width, iframeBox.Width, 1);
        Assert.Equal(height, iframeBox.Height, 1);

        // Measured inside the frame, in its own viewport: the credit line's box, and whether anything scrolls.
        var m = await frame.EvaluateAsync<double[]>("""
            () => {
              const credit = document.querySelector('footer.embed-credit').getBoundingClientRect();
              const body = document.querySelector('.embed-body');
              return [credit.top, credit.bottom, credit.left, credit.right, innerWidth, innerHeight,
                      document.documentElement.scrollHeight, body.scrollHeight, body.clientHeight,
                      body.getBoundingClientRect().bottom - parseFloat(getComputedStyle(body).paddingBottom) - body.lastElementChild.getBoundingClientRect().bottom];
            }
            """);
        var (top, bottom, left, right, viewWidth, viewHeight) = (m[0], m[1], m[2], m[3], m[4], m[5]);
        var where = $"{embed} in a {width}×{height} frame: credit at {top:0}–{bottom:0} of {viewHeight:0}, page {m[6]:0} tall, body {m[7]:0} in {m[8]:0}, {m[9]:0} px to spare";
        TestContext.Current.TestOutputHelper?.WriteLine(where);
        Assert.True(top >= 0 && bottom <= viewHeight + 0.5 && left >= 0 && right <= viewWidth + 0.5, where);
        Assert.True(m[6] <= viewHeight + 0.5, "the embed page scrolls: " + where);
        // The height fits what it embeds: the chart, its legend and the folded table and sources show without scrolling.
        Assert.True(m[7] <= m[8] + 1, "the embed's body scrolls: " + where);
        // ... and no more than about three lines of room left over (the rule assumes wide glyphs on purpose).
        Assert.True(m[9] <= 80, "the frame is much taller than the embed: " + where);
        await Assertions.Expect(frame.Locator("footer.embed-credit a.view-on")).ToBeInViewportAsync();

        // A reader who opens the table scrolls the body; the credit line stays where it was.
        await frame.Locator("details.chart-table summary").ClickAsync();
        await Assertions.Expect(frame.Locator("details.chart-table table")).ToBeVisibleAsync();
        var afterOpen = await frame.EvaluateAsync<double[]>("() => [document.querySelector('footer.embed-credit').getBoundingClientRect().bottom, innerHeight, document.documentElement.scrollHeight]");
        Assert.True(afterOpen[0] <= afterOpen[1] + 0.5 && afterOpen[2] <= afterOpen[1] + 0.5, $"{where}; with the table open: credit ends at {afterOpen[0]:0}, page {afterOpen[2]:0} tall");
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
    public async Task The_embed_snippets_open_by_keyboard_and_show_the_iframe_code()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/requests");

        var summary = page.Locator("#request-funnel .embed-snippet summary");
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var code = page.Locator("#request-funnel textarea.embed-code").First;
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
