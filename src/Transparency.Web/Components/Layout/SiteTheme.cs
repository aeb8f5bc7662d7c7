using MudBlazor;

namespace Transparency.Web.Components.Layout;

/// <summary>Colours chosen for contrast (4.5:1 text on white); fonts are local only, no web fonts.</summary>
public static class SiteTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1a4f8b",
            Secondary = "#8a1c4a",
            AppbarBackground = "#1a4f8b",
            TextPrimary = "#1b1b1f",
            TextSecondary = "#4a4a52",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
