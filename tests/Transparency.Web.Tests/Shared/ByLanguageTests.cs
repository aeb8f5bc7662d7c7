using System.Globalization;
using Bunit;
using Transparency.Data.Dataset;
using Transparency.Web.Components.Pages.About;
using Transparency.Web.Components.Shared;
using Transparency.Web.Localization;

namespace Transparency.Web.Tests.Shared;

public sealed class ByLanguageTests : BunitContext
{
    internal static readonly DatasetInfo Info = new()
    {
        Version = "9.8.7",
        Title = "Transparency",
        Description = "d",
        CheckedNote = "No later developments found in the sources we could search.",
        CoverageEnd = "2026-06-09",
        AsOf = "2026-06-10",
        License = "CC BY 4.0",
        LicenseUrl = "https://creativecommons.org/licenses/by/4.0/",
        Publisher = "p",
        BuiltAt = "2026-06-10T12:00:00Z",
        InputsSha256 = "abc123",
        Events = 3,
        Sources = 2,
        Rulings = 1,
        Cases = 1,
        Unknowns = 1,
    };

    [Theory]
    [InlineData("en-US", "dataset version 9.8.7")]
    [InlineData("es-US", "versión 9.8.7 de los datos")]
    public void The_prose_of_the_current_language_renders_with_the_values_it_is_given(string culture, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

        var cut = Render<ByLanguage>(ps => ps
            .Add(p => p.En, typeof(AboutTextEn))
            .Add(p => p.Es, typeof(AboutTextEs))
            .Add(p => p.Parameters, new Dictionary<string, object> { ["Part"] = AboutPart.License, ["Info"] = Info }));

        Assert.Contains(expected, cut.Markup, StringComparison.Ordinal);
        Assert.Equal(Info.LicenseUrl, cut.Find("a[rel=license]").GetAttribute("href"));
    }
}
