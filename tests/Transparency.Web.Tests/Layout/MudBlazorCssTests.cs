using System.Text.RegularExpressions;

namespace Transparency.Web.Tests.Layout;

/// <summary>
/// The pages link the trimmed MudBlazor stylesheet and carry no inline style (the tools tier's
/// MudBlazorCssTrimTests checks the trimmed file holds every rule they use).
/// </summary>
public sealed partial class MudBlazorCssTests(SiteFactory factory)
{
    [Fact]
    public async Task Pages_link_the_trimmed_stylesheet_and_not_the_full_one()
    {
        var html = await factory.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Matches(@"href=""css/mudblazor\.trimmed\.[a-z0-9]+\.css""", html);
        Assert.DoesNotContain("MudBlazor.min.css", html);
    }

    [Fact]
    public async Task No_page_has_a_style_element_or_a_style_attribute()
    {
        // The CSP's style-src has no 'unsafe-inline', so a browser drops either one (and reports it): every
        // style must come from a linked stylesheet. MudBlazor writes both (MudThemeProvider a <style> element,
        // MudPaper a style attribute even when empty), so a new component can bring them back.
        var crawled = await PageCrawler.CrawlAsync(factory.CreateClient(), TestContext.Current.CancellationToken);

        Assert.True(crawled.Count > 40, $"only {crawled.Count} pages rendered");
        var found = crawled.SelectMany(page => InlineStyle().Matches(page.Html).Select(m => $"{page.Path}: {m.Value}")).ToList();
        Assert.True(found.Count == 0, $"{found.Count} inline styles, for example:\n" + string.Join("\n", found.Take(20)));
    }

    // A <style> start tag, or a style attribute on any start tag, with a value or bare (Blazor writes an empty
    // one as plain `style`). Escaped text, such as the embed snippet's <iframe style=...> shown in a textarea,
    // has no raw '<' and does not match.
    [GeneratedRegex(@"<style[\s>]|<[a-zA-Z][^<>]*\sstyle(?:\s*=|[\s/>])[^<>]*>?", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
