using System.Globalization;
using Bunit;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using Transparency.Data;
using Transparency.Data.Glossary;
using Transparency.Web.Components.Shared;
using Transparency.Web.Localization;

namespace Transparency.Web.Tests.Shared;

public sealed class GlossaryTextTests : BunitContext
{
    private static GlossaryEntry Entry(string id, string term, params string[] aliases) => new()
    {
        Id = id,
        Term = term,
        Aliases = aliases,
        Definition = $"Definition of {term}.",
    };

    private static readonly GlossaryEntry[] English =
    [
        Entry("stay", "Stay (court order)", "stayed", "stay of"),
        Entry("indicative-ruling", "Indicative ruling"),
        Entry("memorandum-of-understanding", "Memorandum of understanding", "MOU"),
        Entry("amicus-curiae", "Amicus curiae (friend of the court)", "amicus curiae", "amicus"),
        Entry("administrative-procedure-act", "Administrative Procedure Act", "APA"),
    ];

    private static readonly GlossaryEntry[] Spanish =
    [
        Entry("final-removal-order", "Orden final de deportación", "orden final de remoción"),
        Entry("preliminary-injunction", "Medida cautelar preliminar", "medida cautelar"),
        Entry("itin", "Número de Identificación Personal del Contribuyente", "ITIN"),
    ];

    private static void Use(CultureInfo culture) => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);

    /// <summary>Several texts on one page, in order, sharing one page's glossary scope.</summary>
    private IRenderedComponent<ContainerFragment> RenderPage(GlossaryLinks? links, params string[] texts) => Render(builder =>
    {
        RenderFragment paragraphs = inner =>
        {
            foreach (var text in texts)
            {
                inner.OpenElement(0, "p");
                inner.OpenComponent<GlossaryText>(1);
                inner.AddAttribute(2, nameof(GlossaryText.Text), text);
                inner.CloseComponent();
                inner.CloseElement();
            }
        };
        if (links is null)
        {
            builder.AddContent(0, paragraphs);
            return;
        }
        builder.OpenComponent<CascadingValue<GlossaryLinks>>(1);
        builder.AddAttribute(2, "Value", links);
        builder.AddAttribute(3, "IsFixed", true);
        builder.AddAttribute(4, "ChildContent", paragraphs);
        builder.CloseComponent();
    });

    [Fact]
    public void The_first_use_of_a_term_on_a_page_links_to_its_entry_and_later_uses_do_not()
    {
        Use(Languages.English);
        var cut = RenderPage(new GlossaryLinks(English, Language.En),
            "The court stayed the policy and later issued an indicative ruling.",
            "The policy stayed stayed, and a second indicative ruling followed.");

        var paragraphs = cut.FindAll("p");
        var first = paragraphs[0].QuerySelectorAll("a.glossary-link");
        Assert.Equal(["/glossary#stay", "/glossary#indicative-ruling"], first.Select(a => a.GetAttribute("href")));
        Assert.Equal(["stayed", "indicative ruling"], first.Select(a => a.TextContent));
        Assert.Empty(paragraphs[1].QuerySelectorAll("a"));
        // The words around the links are all there, in order.
        Assert.Equal("The court stayed the policy and later issued an indicative ruling.", paragraphs[0].TextContent);
        Assert.Equal("The policy stayed stayed, and a second indicative ruling followed.", paragraphs[1].TextContent);
    }

    [Fact]
    public void Text_is_encoded_before_it_is_linked_so_markup_in_the_data_stays_text()
    {
        Use(Languages.English);
        const string text = "<script>alert(1)</script> & the <b>MOU</b> \"quoted\" <a href=\"/x\">stayed</a>";
        var cut = RenderPage(new GlossaryLinks(English, Language.En), text);

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; the &lt;b&gt;", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(text, cut.Find("p").TextContent);
        // Only the glossary's own links are markup: MOU as an abbreviation, "stayed" inside the quoted tag text.
        var links = cut.FindAll("a");
        Assert.Equal(["/glossary#memorandum-of-understanding", "/glossary#stay"], links.Select(a => a.GetAttribute("href")));
        var abbr = links[0].QuerySelector("abbr")!;
        Assert.Equal("MOU", abbr.TextContent);
        Assert.Equal("Memorandum of understanding", abbr.GetAttribute("title"));
    }

    [Fact]
    public void Matching_ignores_case_and_accents_but_keeps_the_words_as_written()
    {
        Use(Languages.Spanish);
        var cut = RenderPage(new GlossaryLinks(Spanish, Language.Es),
            "Tenía una ORDEN FINAL DE REMOCION y pidió una Medida Cautelar.");

        var links = cut.FindAll("a.glossary-link");
        Assert.Equal(["/es/glossary#final-removal-order", "/es/glossary#preliminary-injunction"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["ORDEN FINAL DE REMOCION", "Medida Cautelar"], links.Select(a => a.TextContent));
    }

    [Fact]
    public void An_abbreviation_matches_only_in_capitals_and_as_a_whole_word()
    {
        Use(Languages.English);
        var cut = RenderPage(new GlossaryLinks(English, Language.En),
            "An apa, APAs and xAPA are not it; the Administrative Procedure Act is, and so is APA later.");

        var links = cut.FindAll("a.glossary-link");
        Assert.Equal(["Administrative Procedure Act"], links.Select(a => a.TextContent));
        Assert.Empty(cut.FindAll("abbr"));
    }

    [Fact]
    public void A_longer_phrase_wins_over_a_shorter_one_at_the_same_place_and_words_inside_words_never_match()
    {
        Use(Languages.English);
        var cut = RenderPage(new GlossaryLinks(English, Language.En),
            "Guests outstayed; an amicus curiae brief came first, then another amicus.");

        var link = Assert.Single(cut.FindAll("a.glossary-link"));
        Assert.Equal("amicus curiae", link.TextContent);
        Assert.Equal("/glossary#amicus-curiae", link.GetAttribute("href"));
    }

    [Fact]
    public void Spanish_abbreviations_carry_the_spanish_term_as_their_title()
    {
        Use(Languages.Spanish);
        var cut = RenderPage(new GlossaryLinks(Spanish, Language.Es), "Quien tiene un ITIN paga impuestos.");

        var abbr = cut.Find("a.glossary-link > abbr");
        Assert.Equal("Número de Identificación Personal del Contribuyente", abbr.GetAttribute("title"));
        Assert.Equal("/es/glossary#itin", abbr.ParentElement!.GetAttribute("href"));
    }

    [Fact]
    public void Without_a_page_scope_the_text_is_shown_plain()
    {
        Use(Languages.English);
        var cut = RenderPage(null, "The court stayed the MOU.");

        Assert.Empty(cut.FindAll("a"));
        Assert.Equal("The court stayed the MOU.", cut.Find("p").TextContent);
    }

    [Fact]
    public void A_term_the_page_defines_itself_can_be_marked_as_linked()
    {
        Use(Languages.English);
        var links = new GlossaryLinks(English, Language.En);
        links.MarkLinked("stay");
        var cut = RenderPage(links, "The court stayed the policy under the APA.");

        Assert.Equal(["/glossary#administrative-procedure-act"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.True(links.IsLinked("administrative-procedure-act"));
    }
}
