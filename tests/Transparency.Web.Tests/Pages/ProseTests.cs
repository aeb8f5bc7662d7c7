using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Transparency.Web.Components.Pages.About;
using Transparency.Web.Components.Pages.Corrections;
using Transparency.Web.Components.Pages.Data;
using Transparency.Web.Components.Pages.Methodology;
using Transparency.Web.Localization;
using Transparency.Web.Tests.Shared;

namespace Transparency.Web.Tests.Pages;

/// <summary>Each page's long prose is written once per language (see ByLanguage); the two must not drift apart.</summary>
public sealed class ProseTests : BunitContext
{
    public static TheoryData<Type, Type, Type> Pages() => new()
    {
        { typeof(AboutTextEn), typeof(AboutTextEs), typeof(AboutPart) },
        { typeof(CorrectionsTextEn), typeof(CorrectionsTextEs), typeof(CorrectionsPart) },
        { typeof(DataTextEn), typeof(DataTextEs), typeof(DataPart) },
        { typeof(MethodologyTextEn), typeof(MethodologyTextEs), typeof(MethodologyPart) },
    };

    // A passage missing from one language's switch would render nothing there, silently.
    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_passage_is_written_in_both_languages_with_the_same_markup(Type en, Type es, Type parts)
    {
        foreach (var part in Enum.GetValues(parts))
        {
            var english = Tags(en, part, Languages.English);
            var spanish = Tags(es, part, Languages.Spanish);

            Assert.NotEmpty(english);
            Assert.Equal(english, spanish);
        }
    }

    // The elements of a rendered passage in document order: links, times and lists are the same in both languages.
    private string[] Tags(Type component, object part, CultureInfo culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        var cut = Render<DynamicComponent>(ps => ps
            .Add(p => p.Type, component)
            .Add(p => p.Parameters, new Dictionary<string, object> { ["Part"] = part, ["Info"] = ByLanguageTests.Info }));
        return cut.FindAll("*").Select(e => e.LocalName).ToArray();
    }
}
