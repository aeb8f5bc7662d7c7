using System.Globalization;
using Bunit;
using Transparency.Data.Sources;
using Transparency.Data.Values;
using Transparency.Web.Components.Shared;
using Transparency.Web.Localization;

namespace Transparency.Web.Tests.Shared;

public sealed class SourceLinksTests : BunitContext
{
    private static SourceRef Source(string id, SourceTier tier, string? outlet = null, string? originalUrl = null, string? pinpoint = null) => new()
    {
        SubjectId = "fact",
        Id = id,
        Label = $"Label of {id}",
        Publisher = $"{id}.example",
        Tier = tier,
        OriginalOutlet = outlet,
        OriginalUrl = originalUrl,
        Url = $"https://example.org/{id}",
        Kind = tier == SourceTier.PrimaryDocument ? SourceKind.CourtRecord : SourceKind.News,
        Pinpoint = pinpoint,
    };

    private IRenderedComponent<SourceLinks> RenderLinks(params SourceRef[] sources) =>
        Render<SourceLinks>(ps => ps.Add(p => p.Sources, sources));

    private static void Use(CultureInfo culture) => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);

    [Fact]
    public void The_best_three_show_best_tier_first_and_the_rest_fold_behind_and_n_more()
    {
        Use(Languages.English);
        var cut = RenderLinks(
            Source("agg", SourceTier.Aggregator),
            Source("copy", SourceTier.Republication, "CNN"),
            Source("fox", SourceTier.OriginalReporting),
            Source("docket", SourceTier.PrimaryDocument),
            Source("nbc", SourceTier.OriginalReporting),
            Source("doj", SourceTier.OfficialRecord));

        var shown = cut.FindAll(".sources > ul.source-refs > li > a[rel=noreferrer][lang=en]").Select(a => a.GetAttribute("href"));
        Assert.Equal(["https://example.org/docket", "https://example.org/doj", "https://example.org/fox"], shown);
        var more = cut.Find(".sources details.more-sources");
        Assert.False(more.HasAttribute("open"));
        Assert.Equal("and 3 more", more.QuerySelector("summary")?.TextContent);
        // Within a tier the order given is kept (fox was cited before nbc).
        Assert.Equal(["https://example.org/nbc", "https://example.org/copy", "https://example.org/agg"],
            more.QuerySelectorAll("li > a[lang=en]").Select(a => a.GetAttribute("href")));
        Assert.Empty(cut.FindAll("script"));
    }

    [Fact]
    public void Every_source_carries_its_tier_in_words_not_only_in_colour()
    {
        Use(Languages.English);
        var cut = RenderLinks(Source("docket", SourceTier.PrimaryDocument), Source("fox", SourceTier.OriginalReporting));

        var badges = cut.FindAll("li .tier-badge");
        Assert.Equal(["Primary document", "Original reporting"], badges.Select(b => b.TextContent));
        Assert.Contains("tier-primary-document", badges[0].ClassList);
        Assert.False(string.IsNullOrEmpty(badges[0].GetAttribute("title")));
        // The badge is in the page's language; only the title, pinpoint and outlet are marked English.
        Assert.Null(badges[0].Closest("[lang]"));
    }

    [Fact]
    public void Four_sources_show_all_four_rather_than_fold_away_just_one()
    {
        var cut = RenderLinks(
            Source("a", SourceTier.OriginalReporting), Source("b", SourceTier.OriginalReporting),
            Source("c", SourceTier.OriginalReporting), Source("d", SourceTier.OriginalReporting));

        Assert.Equal(4, cut.FindAll("ul.source-refs > li").Count);
        Assert.Empty(cut.FindAll("details"));
    }

    [Fact]
    public void A_copy_names_its_original_outlet_and_links_the_original_article_when_the_copy_gives_it()
    {
        Use(Languages.English);
        var cut = RenderLinks(
            Source("kvia", SourceTier.Republication, "CNN", "https://edition.cnn.com/original"),
            Source("newsflash", SourceTier.Republication, "Associated Press"));

        var items = cut.FindAll("ul.source-refs > li");
        Assert.Equal(" (copy of CNN; original)", items[0].QuerySelector(".source-copy")?.TextContent);
        Assert.Equal("en", items[0].QuerySelector(".source-copy [lang]")?.GetAttribute("lang"));
        var original = items[0].QuerySelector(".source-copy a");
        Assert.Equal("https://edition.cnn.com/original", original?.GetAttribute("href"));
        Assert.Equal("noreferrer", original?.GetAttribute("rel"));
        Assert.Equal(" (copy of Associated Press)", items[1].QuerySelector(".source-copy")?.TextContent);
        Assert.Null(items[1].QuerySelector(".source-copy a"));
    }

    [Fact]
    public void Original_reporting_is_not_called_a_copy_and_a_pinpoint_stays_beside_its_title()
    {
        var cut = RenderLinks(Source("fox", SourceTier.OriginalReporting, pinpoint: "para. 4"));

        Assert.Empty(cut.FindAll(".source-copy"));
        Assert.Equal(" (para. 4)", cut.Find(".pinpoint[lang=en]").TextContent);
        Assert.Equal("Source:", cut.Find(".sources-label").TextContent);
    }

    [Fact]
    public void In_spanish_the_badges_the_copy_note_and_and_n_more_are_spanish()
    {
        Use(Languages.Spanish);
        var cut = RenderLinks(
            Source("docket", SourceTier.PrimaryDocument),
            Source("doj", SourceTier.OfficialRecord),
            Source("fox", SourceTier.OriginalReporting),
            Source("kvia", SourceTier.Republication, "CNN", "https://edition.cnn.com/original"),
            Source("agg", SourceTier.Aggregator));

        Assert.Equal(["Documento original", "Registro oficial", "Noticia original", "Reproducción (una copia)", "Agregador"],
            cut.FindAll(".tier-badge").Select(b => b.TextContent));
        Assert.Equal("y 2 más", cut.Find("details summary").TextContent);
        Assert.Equal(" (copia de CNN; original)", cut.Find(".source-copy").TextContent);
        Assert.Equal("Fuentes:", cut.Find(".sources-label").TextContent);
    }

    [Fact]
    public void No_sources_render_nothing()
    {
        Assert.Equal("", RenderLinks().Markup.Trim());
    }
}
