namespace Transparency.E2E.Tests.Performance;

/// <summary>
/// The budget a reader on a cheap phone pays for a first visit: every byte Chromium's network log says
/// crossed the wire (headers included, compressed as sent) for the page and everything it loads, with an
/// empty cache, as Chromium negotiates it (it offers Brotli even over plain HTTP to 127.0.0.1).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PageWeightTests(BrowserFixture browser)
{
    private const int MaxBytes = 100 * 1024;
    private const int MaxRequests = 15;

    public static TheoryData<string> Pages => new()
    {
        "/", "/timeline", "/cases/ctr-v-irs", "/es/", "/es/timeline", "/es/cases/ctr-v-irs",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_first_visit_stays_within_100_KB_and_15_requests_with_no_script(string path)
    {
        var page = await browser.NewPageAsync(390, 844);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var transferred = new Dictionary<string, double>();
        var urls = new Dictionary<string, string>();
        var failed = new List<string>();
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
        {
            var value = e!.Value;
            lock (transferred)
            {
                urls[value.GetProperty("requestId").GetString()!] = value.GetProperty("request").GetProperty("url").GetString()!;
            }
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            var value = e!.Value;
            lock (transferred)
            {
                transferred[value.GetProperty("requestId").GetString()!] = value.GetProperty("encodedDataLength").GetDouble();
            }
        };
        cdp.Event("Network.loadingFailed").OnEvent += (_, e) =>
        {
            lock (transferred)
            {
                failed.Add(e!.Value.GetRawText());
            }
        };
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });

        var response = await page.GotoAsync(path, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        Assert.Equal(200, response!.Status);

        var total = transferred.Values.Sum();
        var report = string.Join("\n", transferred.OrderByDescending(t => t.Value)
            .Select(t => $"{t.Value,8:N0}  {urls.GetValueOrDefault(t.Key)}"));
        Assert.Empty(failed);
        Assert.True(urls.Count <= MaxRequests, $"{path}: {urls.Count} requests (budget {MaxRequests})\n{report}");
        Assert.True(total <= MaxBytes, $"{path}: {total:N0} bytes transferred (budget {MaxBytes:N0})\n{report}");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.scripts.length"));
        // The document itself came compressed (the budget would hide a silent loss of compression otherwise).
        Assert.Matches("^(br|gzip)$", (await response.AllHeadersAsync()).GetValueOrDefault("content-encoding") ?? "none");
        TestContext.Current.TestOutputHelper?.WriteLine($"{path}: {urls.Count} requests, {total:N0} bytes\n{report}");
    }
}
