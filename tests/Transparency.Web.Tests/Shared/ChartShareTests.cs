using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Data.Cases;
using Transparency.Data.Dataset;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Tests;
using Transparency.Web.Components.Shared;

namespace Transparency.Web.Tests.Shared;

public sealed class ChartShareTests : BunitContext
{
    public ChartShareTests(SiteFactory site)
    {
        Services.AddLocalization();
        Services.AddSingleton(new SiteUrls("https://transparency.example.org"));
        // The real queries on the fixture dataset: the snippet's heights are computed from the chart's data.
        Services.AddSingleton(site.Services.GetRequiredService<DatasetQueries>());
        Services.AddSingleton(site.Services.GetRequiredService<RequestQueries>());
        Services.AddSingleton(site.Services.GetRequiredService<CaseQueries>());
        Services.AddSingleton(site.Services.GetRequiredService<FigureQueries>());
        Services.AddSingleton(site.Services.GetRequiredService<Transparency.Data.Database>());
    }

    [Fact]
    public void A_case_card_offers_the_embed_of_that_case_with_an_absolute_url_and_image_links()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/cases/ctr-v-irs");

        var cut = Render<ChartShare>(ps => ps.Add(p => p.CardId, "case-rulings").Add(p => p.Title, "Rulings in CTR v. IRS, by outcome"));

        var codes = cut.FindAll("textarea.embed-code");
        Assert.Equal(2, codes.Count);
        Assert.All(codes, code => Assert.True(code.HasAttribute("readonly")));
        Assert.All(codes, code => Assert.Matches(
            "^<iframe src=\"https://transparency\\.example\\.org/embed/rulings\\?case=ctr-v-irs\" title=\"Rulings in CTR v\\. IRS, by outcome\" width=\"100%\" height=\"\\d+\" loading=\"lazy\" style=\"border:0\"></iframe>$",
            code.TextContent));
        Assert.Equal("Embed this chart", cut.Find("details summary").TextContent);
        var links = cut.FindAll(".chart-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/charts/rulings.svg?case=ctr-v-irs", "/charts/rulings.png?case=ctr-v-irs"], links);
    }

    [Fact]
    public void Each_snippet_is_labelled_with_the_column_width_it_fits_and_its_height()
    {
        var cut = Render<ChartShare>(ps => ps.Add(p => p.CardId, "request-funnel").Add(p => p.Title, "Requested versus disclosed"));

        var labels = cut.FindAll("label.embed-size");
        Assert.Equal(2, labels.Count);
        Assert.Equal("request-funnel-embed-code-390", labels[0].GetAttribute("for"));
        Assert.Equal("request-funnel-embed-code-680", labels[1].GetAttribute("for"));
        var heights = cut.FindAll("textarea.embed-code").Select(c => int.Parse(System.Text.RegularExpressions.Regex.Match(c.TextContent, "height=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal($"Phone, 390 px wide: {heights[0]} px tall", labels[0].TextContent);
        Assert.Equal($"Article column, 680 px wide or more: {heights[1]} px tall", labels[1].TextContent);
        // The fixture has five requests: the chart is unscaled, 5 × 88 − 12 = 428 px tall at any width.
        Assert.InRange(heights[0], 500, 900);
        Assert.InRange(heights[1], 500, heights[0]); // the same chart, and its text wraps less in a wider column
    }

    [Fact]
    public void A_card_without_a_shareable_chart_renders_nothing()
    {
        var cut = Render<ChartShare>(ps => ps.Add(p => p.CardId, "something-else").Add(p => p.Title, "Other"));

        Assert.Empty(cut.Markup.Trim());
    }
}
