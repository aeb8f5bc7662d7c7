using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Transparency.E2E.Tests;

/// <summary>
/// The case fact sheet promises one printed page. Chromium prints it to PDF exactly as a reader's
/// "Print" would (print media, the site's print stylesheet) and the PDF's page objects are counted.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class FactSheetPrintTests(BrowserFixture browser)
{
    public static TheoryData<string, string> FactSheets()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in CaseIds())
        {
            foreach (var format in new[] { "Letter", "A4" })
            {
                data.Add($"/cases/{id}/fact-sheet", format);
                data.Add($"/es/cases/{id}/fact-sheet", format);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FactSheets))]
    public async Task Every_fact_sheet_prints_on_one_page(string path, string format)
    {
        var pdf = await PrintAsync(path, format);

        Assert.Equal(1, Pages(pdf));
    }

    [Fact]
    public async Task A_long_page_prints_on_several_pages_so_the_count_is_real()
    {
        var pdf = await PrintAsync("/methodology", "Letter");

        Assert.True(Pages(pdf) > 1, "the methodology page printed on one page: the page count cannot be trusted");
    }

    [Theory]
    [InlineData("/cases/ctr-v-irs/fact-sheet")]
    [InlineData("/es/cases/ctr-v-irs/fact-sheet")]
    public async Task A_printed_fact_sheet_is_black_on_white_without_the_site_chrome(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.fact-sheet h1')).color"));
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.False(await page.Locator(".site-header nav").IsVisibleAsync());
        Assert.False(await page.Locator(".site-footer").IsVisibleAsync());
        Assert.False(await page.Locator(".fact-sheet .no-print").IsVisibleAsync());
        // The sheet's own permanent URL is printed as text, so a paper copy leads back to it.
        Assert.Contains("/fact-sheet", await page.Locator(".fact-sheet-footer").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<byte[]> PrintAsync(string path, string format)
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        return await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });
    }

    /// <summary>The number of page objects (<c>/Type /Page</c>, not the <c>/Type /Pages</c> tree nodes) in a PDF.</summary>
    private static int Pages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    private static IEnumerable<string> CaseIds()
    {
        // Case ids are the first cell of each row: plain slugs, never quoted.
        return File.ReadLines(Path.Combine(TestRepository.FixtureDirectory, "cases.csv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
