using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Web.Components.Shared;

namespace Transparency.Web.Tests.Shared;

public sealed class ChartShareTests : BunitContext
{
    public ChartShareTests()
    {
        Services.AddLocalization();
        Services.AddSingleton(new SiteUrls("https://transparency.example.org"));
    }

    [Fact]
    public void A_case_card_offers_the_embed_of_that_case_with_an_absolute_url_and_image_links()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/cases/ctr-v-irs");

        var cut = Render<ChartShare>(ps => ps.Add(p => p.CardId, "case-rulings").Add(p => p.Title, "Rulings in CTR v. IRS, by outcome"));

        var code = cut.Find("textarea.embed-code");
        Assert.True(code.HasAttribute("readonly"));
        Assert.Equal(
            "<iframe src=\"https://transparency.example.org/embed/rulings?case=ctr-v-irs\" title=\"Rulings in CTR v. IRS, by outcome\" width=\"100%\" height=\"560\" loading=\"lazy\" style=\"border:0\"></iframe>",
            code.TextContent);
        Assert.Equal("Embed this chart", cut.Find("details summary").TextContent);
        var links = cut.FindAll(".chart-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/charts/rulings.svg?case=ctr-v-irs", "/charts/rulings.png?case=ctr-v-irs"], links);
    }

    [Fact]
    public void A_card_without_a_shareable_chart_renders_nothing()
    {
        var cut = Render<ChartShare>(ps => ps.Add(p => p.CardId, "something-else").Add(p => p.Title, "Other"));

        Assert.Empty(cut.Markup.Trim());
    }
}
