using Bunit;
using Transparency.Data.Figures;
using Transparency.Data.Sources;
using Transparency.Data.Values;
using Transparency.Web.Components.Shared;

namespace Transparency.Web.Tests.Shared;

public sealed class RatioChartTests : BunitContext
{
    [Fact]
    public void The_hero_chart_annotates_each_step_with_its_share_of_the_one_before_computed_from_the_values()
    {
        IReadOnlyList<FigureSummary> headlines =
        [
            Figure("requested", 1, 1_280_000, "1.28 million", "people"),
            Figure("disclosed", 2, 47_289, "47,289", "people"),
            Figure("deficient", 3, 0.05, "5%", "% of disclosures"),
            Figure("unlawful", 4, 42_695, "about 42,695", "disclosures"),
        ];

        var cut = Render<RatioChart>(ps => ps.Add(p => p.Id, "hero").Add(p => p.Figures, headlines));

        // The share (a percentage, not a count) is not a step; the others are, in headline order.
        var values = cut.FindAll("text.chart-value").Select(t => t.TextContent).ToList();
        Assert.Equal(["1.28 million", "47,289 = 3.7% of 1.28 million", "about 42,695 = 90.3% of 47,289"], values);
        Assert.Equal("ICE asked about 1.28 million people; the IRS sent 47,289 addresses (3.7%); a federal court found about 42,695 of those disclosures broke the law",
            cut.Find("figcaption").TextContent);
        Assert.Equal("img", cut.Find("svg").GetAttribute("role"));
        Assert.Contains("Disclosed: 47,289 = 3.7% of 1.28 million.", cut.Find("svg > desc").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, cut.FindAll("tbody tr").Count);
        Assert.Equal("/figures/unlawful", cut.FindAll("tbody a")[2].GetAttribute("href"));
    }

    private static FigureSummary Figure(string id, long rank, double value, string text, string unit) => new()
    {
        Id = id, Title = id, Definition = id, Unit = unit, HeadlineRank = rank, IsContext = false, Sourcing = "Court record",
        BestTier = SourceTier.PrimaryDocument, PreferredValue = value, PreferredText = text, PreferredQualifier = Qualifier.Exact, ValueCount = 1,
    };
}
