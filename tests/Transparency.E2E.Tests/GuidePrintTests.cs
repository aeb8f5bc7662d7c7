using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Transparency.E2E.Tests;

/// <summary>
/// The guide promises one printed sheet per language, so a legal-aid office can hand it out. Chromium prints
/// it to PDF as a reader's "Print" would (print media, the site's print stylesheet) and the PDF's page objects
/// are counted; FactSheetPrintTests shows the count is real (a long page prints on several).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class GuidePrintTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/guide", "Letter")]
    [InlineData("/guide", "A4")]
    [InlineData("/es/guide", "Letter")]
    [InlineData("/es/guide", "A4")]
    public async Task The_guide_prints_on_one_page_per_language(string path, string format)
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });

        Assert.Equal(1, PageObject().Count(Encoding.Latin1.GetString(pdf)));
    }

    [Theory]
    [InlineData("/guide")]
    [InlineData("/es/guide")]
    public async Task The_printed_guide_is_black_on_white_with_the_help_addresses_and_its_own_address(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.guide h1')).color"));
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.False(await page.Locator(".site-header nav").IsVisibleAsync());
        Assert.False(await page.Locator(".site-footer").IsVisibleAsync());
        // The help services' own addresses are the link text, so paper shows them in full.
        Assert.True(await page.Locator("#help a.guide-url").First.IsVisibleAsync());
        Assert.StartsWith("http", await page.Locator("#help a.guide-url").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("/guide", await page.Locator(".guide-footer").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".guide-no-advice").IsVisibleAsync());
    }

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
