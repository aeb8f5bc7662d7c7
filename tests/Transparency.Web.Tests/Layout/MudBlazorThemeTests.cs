using System.Text.RegularExpressions;

namespace Transparency.Web.Tests.Layout;

/// <summary>
/// MudBlazor's theme is the static stylesheet css/mudblazor.theme.css, the only place its variables are set
/// (there is no MudTheme in code). These tests read the files the site serves, through the URLs a page links,
/// so they also check that both stylesheets are linked with fingerprinted URLs.
/// </summary>
public sealed partial class MudBlazorThemeTests(SiteFactory factory)
{
    [Fact]
    public async Task The_theme_defines_exactly_the_MudBlazor_variables_that_the_trimmed_rules_read()
    {
        var (trimmed, theme, _) = await ServedStylesheetsAsync();

        // A variable the theme reads itself (body2's font reads the default font) counts as read.
        var read = Reads(trimmed).Concat(Reads(theme)).Where(IsMudBlazor).ToHashSet(StringComparer.Ordinal);
        var defined = Definitions(theme).ToHashSet(StringComparer.Ordinal);

        Assert.True(read.Count > 10, $"only {read.Count} MudBlazor variables read: is the trimmed stylesheet empty?");
        var missing = read.Except(defined).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "read by MudBlazor's rules but not set in css/mudblazor.theme.css: " + string.Join(", ", missing));
        var unused = defined.Except(read).Order(StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, "set in css/mudblazor.theme.css but read by no rule: " + string.Join(", ", unused));
    }

    [Fact]
    public async Task The_theme_takes_its_colours_only_from_variables_the_site_palette_defines()
    {
        var (_, theme, site) = await ServedStylesheetsAsync();

        var palette = Definitions(site).ToHashSet(StringComparer.Ordinal);
        var undefined = Reads(theme).Where(v => !IsMudBlazor(v) && !palette.Contains(v)).Distinct().ToList();

        Assert.True(undefined.Count == 0, "css/mudblazor.theme.css reads variables site.css never sets: " + string.Join(", ", undefined));
        // Colours as variables of the palette, so the dark and print variants in site.css reach MudBlazor's parts;
        // only the elevation shadows (fixed greys, as MudBlazor draws them) are literal colours.
        var literal = ThemeDeclaration().Matches(StripComments(theme))
            .Where(m => !m.Groups["name"].Value.StartsWith("--mud-elevation-", StringComparison.Ordinal)
                && ColourLiteral().IsMatch(m.Groups["value"].Value))
            .Select(m => m.Groups["name"].Value)
            .ToList();
        Assert.True(literal.Count == 0, "literal colours in css/mudblazor.theme.css (use the site palette): " + string.Join(", ", literal));
    }

    private async Task<(string Trimmed, string Theme, string Site)> ServedStylesheetsAsync()
    {
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var html = await client.GetStringAsync("/es/", ct);
        return (
            await client.GetStringAsync("/" + Linked(html, "mudblazor.trimmed"), ct),
            await client.GetStringAsync("/" + Linked(html, "mudblazor.theme"), ct),
            await client.GetStringAsync("/" + Linked(html, "site"), ct));
    }

    /// <summary>The fingerprinted URL (css/name.{hash}.css) a page links for a stylesheet.</summary>
    private static string Linked(string html, string name)
    {
        var match = Regex.Match(html, $@"<link rel=""stylesheet"" href=""(css/{Regex.Escape(name)}\.[a-z0-9]{{6,}}\.css)""");
        Assert.True(match.Success, $"no fingerprinted link to css/{name}.css in the page");
        return match.Groups[1].Value;
    }

    private static bool IsMudBlazor(string variable) => variable.StartsWith("--mud-", StringComparison.Ordinal);

    private static IEnumerable<string> Reads(string css) => VarRead().Matches(StripComments(css)).Select(m => m.Groups[1].Value);

    private static IEnumerable<string> Definitions(string css) => ThemeDeclaration().Matches(StripComments(css)).Select(m => m.Groups["name"].Value);

    private static string StripComments(string css) => Comment().Replace(css, "");

    [GeneratedRegex(@"var\(\s*(--[\w-]+)")]
    private static partial Regex VarRead();

    [GeneratedRegex(@"(?<name>--[\w-]+)\s*:(?<value>[^;}]*)")]
    private static partial Regex ThemeDeclaration();

    [GeneratedRegex(@"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(")]
    private static partial Regex ColourLiteral();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
