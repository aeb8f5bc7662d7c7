using System.Globalization;
using Microsoft.Playwright;

namespace Transparency.E2E.Tests;

[Collection(BrowserTests.Name)]
public sealed class FlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_opens_the_overview_and_follows_a_headline_number_to_its_sources()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");

        Assert.Equal("How immigration enforcement obtained IRS taxpayer data", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(4, await page.Locator(".headline-grid > li").CountAsync());
        Assert.Contains("47,289", await page.Locator(".headline-grid").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator(".headline-grid > li").Nth(1).GetByRole(AriaRole.Link, new() { NameRegex = new("Definition and sources") }).ClickAsync();
        await ArriveAsync(page, "**/figures/addresses-disclosed");
        Assert.Contains("47,489", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_filters_the_timeline_with_the_form_and_the_url_keeps_the_filter()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/timeline");
        var before = await page.Locator("li.event").CountAsync();

        await page.SelectOptionAsync("#category", "court-ruling");
        await page.SelectOptionAsync("#year", "2026");
        await page.SelectOptionAsync("#order", "oldest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await ArriveAsync(page, new System.Text.RegularExpressions.Regex("category=court-ruling"));

        Assert.Contains("year=2026", page.Url, StringComparison.Ordinal);
        var dates = await page.Locator("li.event .event-date time:first-child").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.InRange(dates.Length, 1, before - 1);
        Assert.All(dates, d => Assert.StartsWith("2026", d, StringComparison.Ordinal));
        Assert.Equal(dates.OrderBy(SortKey, StringComparer.Ordinal), dates);

        // The view is a URL: reloading it gives the same events.
        await page.ReloadAsync();
        Assert.Equal(dates.Length, await page.Locator("li.event").CountAsync());
    }

    [Fact]
    public async Task A_reader_opens_a_case_and_sees_its_rulings_in_date_order()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/cases");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Center for Taxpayer Rights") }).First.ClickAsync();
        await ArriveAsync(page, "**/cases/ctr-v-irs");

        Assert.Contains("Center for Taxpayer Rights", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var dates = await page.Locator("ol.ruling-list > li h3 time:first-child").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.True(dates.Length >= 3);
        Assert.Equal(dates.OrderBy(SortKey, StringComparer.Ordinal), dates);
        // The chart draws the case's track (unscaled SVG) and names each ruling in an HTML label under it.
        Assert.NotNull(await page.QuerySelectorAsync("#case-rulings .rulings-chart .rulings-case svg.rulings-track"));
        Assert.Equal(dates.Length, await page.Locator("#case-rulings .rulings-chart .rulings-labels > li").CountAsync());
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/timeline");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().left >= 0"));
        await page.Keyboard.PressAsync("Enter");
        // The jump to #main is a same-document navigation that commits after the key press returns: wait for it
        // (a timeout fails the test) rather than read the URL at once, which raced in CI.
        await page.WaitForFunctionAsync("location.hash === '#main'", null, new() { Timeout = 10_000 });

        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    [InlineData("/cases/centro-v-bessent")]
    [InlineData("/requests")]
    public async Task Every_request_a_page_makes_goes_to_the_site_itself(string path)
    {
        var page = await browser.NewPageAsync();
        var hosts = new List<string>();
        page.Request += (_, request) => hosts.Add(new Uri(request.Url).GetLeftPart(UriPartial.Authority));

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.NotEmpty(hosts);
        Assert.All(hosts, h => Assert.Equal(browser.BaseUrl, h));
        Assert.Empty(await page.Context.CookiesAsync());
    }

    [Fact]
    public async Task Pages_fit_a_320_pixel_screen_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(320, 800);
        foreach (var path in new[] { "/", "/guide", "/es/guide", "/timeline", "/cases/ctr-v-irs", "/requests", "/sources", "/methodology",
            "/es/", "/es/timeline", "/es/cases/ctr-v-irs", "/es/requests", "/es/sources", "/es/methodology", "/es/figures", "/es/data", "/es/about", "/glossary", "/es/glossary", "/es/nope" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, string.Create(CultureInfo.InvariantCulture, $"{path} is {overflow}px wider than the screen"));
        }
    }

    /// <summary>One page of every type, in English and in Spanish.</summary>
    private static readonly string[] PageTypes = [.. new[] { "/", "/guide", "/requests", "/figures", "/figures/addresses-disclosed", "/cases",
        "/cases/ctr-v-irs", "/cases/ctr-v-irs/fact-sheet", "/events/2025-02-17-ctr-v-irs-filed", "/timeline", "/sources", "/documents",
        "/methodology", "/corrections", "/data", "/glossary", "/about", "/search?q=court", "/search?q=direcci%C3%B3n" }.SelectMany(p => new[] { p, "/es" + p })];

    [Fact]
    public async Task No_page_type_scrolls_sideways_on_a_390_pixel_phone_in_either_language()
    {
        var page = await browser.NewPageAsync(390, 844);
        var wide = new List<string>();
        foreach (var path in PageTypes)
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<double>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                wide.Add(string.Create(CultureInfo.InvariantCulture, $"{path} is {overflow}px wider than the screen"));
            }
            // A table that scrolls inside its own box does not widen the page but still cuts columns off.
            var cut = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('main table')].filter(t => t.scrollWidth > t.parentElement.clientWidth + 1 || t.scrollWidth > t.clientWidth + 1).map(t => t.className || 'table')");
            wide.AddRange(cut.Select(c => $"{path}: a table ({c}) is wider than its column"));
        }
        Assert.Empty(wide);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/es/")]
    public async Task On_a_390_by_844_phone_the_overview_shows_its_takeaway_and_every_key_number_on_the_first_screen(string path)
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(path);

        const string Bottoms = "els => els.map(e => e.getBoundingClientRect().bottom + window.scrollY)";
        var takeaway = await page.Locator("main p.takeaway").EvaluateAllAsync<double[]>(Bottoms);
        var values = await page.Locator(".headline-grid .headline-value").EvaluateAllAsync<double[]>(Bottoms);
        var siteName = await page.Locator("header .site-name").EvaluateAllAsync<double[]>(Bottoms);

        Assert.Single(takeaway);
        Assert.Equal(4, values.Length);
        Assert.All(siteName.Concat(takeaway).Concat(values), bottom => Assert.InRange(bottom, 1, 844));
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_the_keyboard_and_on_a_wide_screen_it_shows_inline()
    {
        var phone = await browser.NewPageAsync(390, 844);
        await phone.GotoAsync("/timeline");
        var menuLink = phone.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Requests" });
        Assert.False(await menuLink.IsVisibleAsync());
        var headerHeight = await phone.Locator("header").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.InRange(headerHeight, 40, 64);

        await phone.Locator("header summary").FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        Assert.True(await menuLink.IsVisibleAsync());
        Assert.Equal("true", await phone.Locator("header details").EvaluateAsync<string>("d => String(d.open)"));

        var desktop = await browser.NewPageAsync();
        await desktop.GotoAsync("/timeline");
        Assert.False(await desktop.Locator("header summary").IsVisibleAsync());
        Assert.True(await desktop.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Requests" }).IsVisibleAsync());
    }

    [Fact]
    public async Task A_reader_switches_language_and_lands_on_the_same_page_and_filter()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/timeline?category=filing");

        await page.Locator("a.language-switch").ClickAsync();
        await ArriveAsync(page, "**/es/timeline?category=filing");
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Cronología", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("filing", await page.Locator("#category").InputValueAsync());

        await page.Locator("a.language-switch").ClickAsync();
        await ArriveAsync(page, "**/timeline?category=filing");
        Assert.DoesNotContain("/es/", page.Url, StringComparison.Ordinal);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Timeline", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_spanish_reader_follows_links_and_stays_in_spanish()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/es/");

        await page.Locator(".headline-grid > li").Nth(1).GetByRole(AriaRole.Link, new() { NameRegex = new("Definición y fuentes") }).ClickAsync();
        await ArriveAsync(page, "**/es/figures/addresses-disclosed");
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
    }

    /// <summary>
    /// Waits until a click has taken the page to <paramref name="url"/> and its HTML is in, through the
    /// footer. It waits for the commit and the footer rather than the load event: under CI load Playwright
    /// once missed a load event that had already fired and waited out its 120 s timeout.
    /// </summary>
    private static async Task ArriveAsync(IPage page, string url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("footer.site-footer")).ToBeAttachedAsync();
    }

    private static async Task ArriveAsync(IPage page, System.Text.RegularExpressions.Regex url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("footer.site-footer")).ToBeAttachedAsync();
    }

    /// <summary>A month or year sorts at the middle of its period, as the site orders them.</summary>
    private static string SortKey(string iso) => iso.Length switch
    {
        7 => iso + "-15",
        4 => iso + "-07-01",
        _ => iso,
    };
}
