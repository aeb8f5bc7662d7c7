using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Dapper;
using Transparency.Data.Building;

namespace Transparency.Web.Tests.Sourcing;

/// <summary>
/// A fact reads the same wherever it is shown: its page, the lists, the overview, the fact sheet, the API and
/// the downloads all show the label the builder computed once (fact_labels). Compared in both languages.
/// </summary>
public sealed partial class SameLabelEverywhereTests(SiteFactory factory)
{
    private (string En, string Es) Label(string subject, string id)
    {
        factory.CreateClient().Dispose(); // Starts the site, which builds its database.
        using var connection = DatasetBuilder.OpenReadOnly(factory.DatabasePath, pooled: false);
        return connection.QuerySingle<(string, string)>("SELECT label, label_es FROM fact_labels WHERE subject = @subject AND id = @id", new { subject, id });
    }

    private async Task<string> Html(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The text of every sourcing label on a page.</summary>
    private async Task<List<string>> LabelsOn(string path) =>
        new HtmlParser().ParseDocument(await Html(path)).QuerySelectorAll("a.sourcing").Select(a => Spaces().Replace(a.TextContent, " ").Trim()).ToList();

    [Theory]
    [InlineData("addresses-disclosed")]
    [InlineData("court-counted-violations")]
    public async Task A_figure_has_its_one_label_on_the_overview_its_page_the_figure_list_and_the_api(string id)
    {
        var (en, es) = Label("figure", id);

        Assert.Contains(en, await LabelsOn("/"));
        Assert.Contains(es, await LabelsOn("/es/"));
        Assert.Contains(en, await LabelsOn($"/figures/{id}"));
        Assert.Contains(es, await LabelsOn($"/es/figures/{id}"));
        Assert.Contains(en, await LabelsOn("/figures"));
        using var api = JsonDocument.Parse(await Html($"/api/v1/figures/{id}"));
        Assert.Equal(en, api.RootElement.GetProperty("sourcing").GetString());
    }

    [Fact]
    public async Task An_event_has_its_one_label_on_its_page_the_timeline_the_api_and_the_timeline_download()
    {
        const string id = "2025-02-ice-asks-irs-for-700000-addresses";
        var (en, es) = Label("event", id);
        Assert.StartsWith("From a court record; we link", en, StringComparison.Ordinal);

        Assert.Contains(en, await LabelsOn($"/events/{id}"));
        Assert.Contains(es, await LabelsOn($"/es/events/{id}"));
        Assert.Contains(en, await LabelsOn("/timeline?year=2025&category=request"));
        using var api = JsonDocument.Parse(await Html($"/api/v1/events/{id}"));
        Assert.Equal(en, api.RootElement.GetProperty("sourcing").GetString());
        Assert.Contains($"\"{en}\"", await Html("/timeline.csv?year=2025&category=request"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ruling_and_a_case_have_their_one_label_on_the_case_page_and_the_downloads_and_its_figures_on_the_fact_sheet()
    {
        var ruling = Label("ruling", "ctr-2025-11-21-address-sharing-stay").En;
        var @case = Label("case", "ctr-v-irs").En;

        var page = await LabelsOn("/cases/ctr-v-irs");
        Assert.Contains(ruling, page);
        Assert.Contains(@case, page);
        Assert.Contains(Label("figure", "court-counted-violations").En, WebUtility.HtmlDecode(await Html("/cases/ctr-v-irs/fact-sheet")), StringComparison.Ordinal);
        Assert.Contains(ruling, await Html("/rulings.csv?case=ctr-v-irs"), StringComparison.Ordinal);
        Assert.Contains(@case, await Html("/cases.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Court_record_alone_is_shown_only_where_a_court_document_is_linked()
    {
        factory.CreateClient().Dispose();
        using var connection = DatasetBuilder.OpenReadOnly(factory.DatabasePath, pooled: false);
        var bare = connection.Query<(string Subject, string Id, string Kind)>(
            """
            SELECT l.subject, l.id, s.kind FROM fact_labels l JOIN sources s ON s.id = l.best_source_id
            WHERE l.label = 'Court record' OR l.label LIKE 'Court record;%'
            """).ToList();

        Assert.NotEmpty(bare);
        Assert.All(bare, b => Assert.True(b.Kind is "court-record" or "transcript", $"{b.Subject} {b.Id} says Court record but its best source is {b.Kind}"));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
