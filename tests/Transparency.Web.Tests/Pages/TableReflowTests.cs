using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages;

/// <summary>
/// On a phone the tables reflow into one block per row (site.css); each data cell then starts with its
/// column's name as real text, the same words as the column header, so no reader depends on attr() content.
/// </summary>
public sealed class TableReflowTests(SiteFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/requests")]
    [InlineData("/figures")]
    [InlineData("/figures/addresses-disclosed")]
    [InlineData("/cases")]
    [InlineData("/cases/ctr-v-irs")]
    [InlineData("/data")]
    [InlineData("/es/requests")]
    [InlineData("/es/data")]
    public async Task Every_cell_of_a_reflowing_table_names_its_column(string path)
    {
        using var client = factory.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(path, TestContext.Current.CancellationToken));

        var tables = document.QuerySelectorAll(".data-table.reflow table");
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var cells = row.Children.ToList();
                Assert.Equal(headers.Count, cells.Count);
                Assert.Equal("row", cells.Single(c => c.LocalName == "th").GetAttribute("scope"));
                for (var i = 0; i < cells.Count; i++)
                {
                    if (cells[i].LocalName == "td")
                    {
                        Assert.Equal(headers[i], cells[i].QuerySelector(".cell-label")?.TextContent.Trim());
                    }
                }
            }
        }
    }
}
