using System.Net;
using Dapper;
using Transparency.Data.Building;

namespace Transparency.Web.Tests.PublishedFacts;

/// <summary>
/// The published-facts test of the site: the overview, served from the live data/, shows each headline
/// figure with the preferred value that data/ gives it. The expected values are read from the database the
/// builder made of data/ with plain SQL, never written into the test, so a correct edit of a fact keeps it green.
/// </summary>
public sealed class PublishedOverviewTests : IDisposable
{
    private readonly PublishedSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/", "title")]
    [InlineData("/es/", "title_es")]
    public async Task The_overview_shows_each_headline_figure_with_its_preferred_value_from_data(string path, string titleColumn)
    {
        using var client = _site.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var connection = DatasetBuilder.OpenReadOnly(_site.DatabasePath, pooled: false);
        var figures = connection.Query<(string Title, string Value)>(
            $"""
            SELECT coalesce(nullif(f.{titleColumn}, ''), f.title), v.value_text
            FROM figures f JOIN figure_values v ON v.figure_id = f.id AND v.is_preferred = 1
            WHERE f.headline_rank IS NOT NULL
            """).ToList();
        Assert.NotEmpty(figures);
        foreach (var (title, value) in figures)
        {
            Assert.Contains(title, html, StringComparison.Ordinal);
            if (path == "/")
            {
                // The Spanish edition may write a value's words in Spanish; its digits are checked in English.
                Assert.Contains(value, html, StringComparison.Ordinal);
            }
        }
    }

    private sealed class PublishedSite() : SiteFactory(TestRepository.CopyPublishedData);
}
