using Bunit;
using Transparency.Data.Corrections;
using Transparency.Web.Components.Shared;

namespace Transparency.Web.Tests.Shared;

public sealed class CorrectionListTests : BunitContext
{
    private static readonly Correction Sourced = new()
    {
        Id = "disclosed-count-fixed",
        CorrectedOn = "2026-07-01",
        DatasetVersion = "1.0.1",
        TableName = "figure_values",
        RowId = "addresses-disclosed-fedscoop",
        ColumnName = "value_text",
        OldValue = "47,489",
        NewValue = "47,289",
        Reason = "The sworn declaration gives 47,289; 47,489 was a typo.",
        SourceId = "fedscoop-2025-10-admin-record",
        SourceLabel = "FedScoop: admin record",
        SourceUrl = "https://fedscoop.com/x",
        Href = "/figures/addresses-disclosed#addresses-disclosed-fedscoop",
    };

    [Fact]
    public void A_correction_shows_its_date_the_exact_cell_both_values_the_reason_and_the_source()
    {
        var cut = Render<CorrectionList>(ps => ps.Add(p => p.Corrections, [Sourced]));

        var item = cut.Find("li.correction");
        Assert.Equal("disclosed-count-fixed", item.Id);
        Assert.Equal("disclosed-count-fixed-title", cut.Find("article").GetAttribute("aria-labelledby"));
        Assert.Equal("2026-07-01", cut.Find("h3 time").GetAttribute("datetime"));
        Assert.Equal("1 Jul 2026", cut.Find("h3 time").TextContent);
        Assert.Equal("/figures/addresses-disclosed#addresses-disclosed-fedscoop", cut.Find("h3 a").GetAttribute("href"));
        Assert.Equal(["figure_values", "addresses-disclosed-fedscoop", "value_text"], cut.FindAll("h3 code").Select(c => c.TextContent));
        Assert.Equal("47,489", cut.Find(".old-value").TextContent);
        Assert.Equal("47,289", cut.Find(".new-value").TextContent);
        Assert.Contains("47,489 was a typo", cut.Markup, StringComparison.Ordinal);
        var source = cut.Find("dd a[rel=noreferrer]");
        Assert.Equal("https://fedscoop.com/x", source.GetAttribute("href"));
        Assert.Equal("FedScoop: admin record", source.TextContent);
        Assert.Contains("1.0.1", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_without_source_page_or_old_value_says_so_instead_of_linking()
    {
        var bare = Sourced with { Id = "bare", OldValue = null, SourceId = null, SourceLabel = null, SourceUrl = null, Href = null, NewValue = "<i>x</i>" };

        var cut = Render<CorrectionList>(ps => ps.Add(p => p.Corrections, [bare]));

        Assert.Empty(cut.FindAll("a"));
        Assert.Equal("(empty)", cut.Find(".old-value").TextContent);
        Assert.Equal("<i>x</i>", cut.Find(".new-value").TextContent);
        Assert.Empty(cut.FindAll(".new-value i"));
        Assert.Contains("No source given", cut.Markup, StringComparison.Ordinal);
    }
}
