using System.Net;
using System.Text.Json;
using Transparency.Web.Tests.Pages.Sources;

namespace Transparency.Web.Tests.Api;

public sealed class ApiSourceTierTests(SiteFactory factory)
{
    private static readonly string[] Tiers = ["primary-document", "official-record", "original-reporting", "republication", "aggregator"];

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sources_come_best_tier_first_each_with_its_tier()
    {
        using var page = await GetJsonAsync("/api/v1/sources?page_size=100");

        var tiers = page.RootElement.GetProperty("data").EnumerateArray().Select(s => Array.IndexOf(Tiers, s.GetProperty("tier").GetString())).ToList();
        Assert.Equal(100, tiers.Count);
        Assert.DoesNotContain(-1, tiers);
        Assert.Equal(tiers.Order(), tiers);
        Assert.Equal(0, tiers[0]);
        var first = page.RootElement.GetProperty("data")[0];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("original_url").ValueKind);
    }

    [Fact]
    public async Task The_tier_filter_keeps_one_tier_and_its_links_keep_the_filter()
    {
        using var page = await GetJsonAsync("/api/v1/sources?tier=republication&page_size=10");
        var root = page.RootElement;

        Assert.Equal(28, root.GetProperty("total").GetInt32());
        Assert.All(root.GetProperty("data").EnumerateArray(), s =>
        {
            Assert.Equal("republication", s.GetProperty("tier").GetString());
            Assert.False(string.IsNullOrEmpty(s.GetProperty("original_outlet").GetString()));
        });
        Assert.Equal("/api/v1/sources?tier=republication&page=2&page_size=10", root.GetProperty("links").GetProperty("next").GetString());
    }

    [Theory]
    [InlineData("/api/v1/sources?tier=blog")]
    [InlineData("/api/v1/sources?tier=Primary-Document")]
    public async Task An_unknown_tier_is_a_400_naming_the_parameter(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("tier", problem.RootElement.GetProperty("parameter").GetString());
        Assert.Contains("primary-document", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_facts_citations_come_best_tier_first_with_their_tiers()
    {
        using var fact = await GetJsonAsync("/api/v1/cases/ctr-v-irs");

        var tiers = fact.RootElement.GetProperty("sources").EnumerateArray().Select(s => Array.IndexOf(Tiers, s.GetProperty("tier").GetString())).ToList();
        Assert.True(tiers.Count > 3);
        Assert.DoesNotContain(-1, tiers);
        Assert.Equal(tiers.Order(), tiers);
        Assert.Equal("clearinghouse-46138", fact.RootElement.GetProperty("sources")[0].GetProperty("id").GetString());
    }
}

public sealed class ApiSourceOriginalUrlTests(OriginalUrlSiteFactory factory) : IClassFixture<OriginalUrlSiteFactory>
{
    [Fact]
    public async Task A_copy_gives_its_original_url_as_a_source_and_as_a_citation()
    {
        using var client = factory.CreateClient();

        using var source = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/sources/{OriginalUrlSiteFactory.CopyId}", TestContext.Current.CancellationToken));
        using var fact = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/events/{OriginalUrlSiteFactory.CitingEvent}", TestContext.Current.CancellationToken));

        Assert.Equal("republication", source.RootElement.GetProperty("tier").GetString());
        Assert.Equal("CNN", source.RootElement.GetProperty("original_outlet").GetString());
        Assert.Equal(OriginalUrlSiteFactory.OriginalUrl, source.RootElement.GetProperty("original_url").GetString());
        var cited = fact.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == OriginalUrlSiteFactory.CopyId);
        Assert.Equal(OriginalUrlSiteFactory.OriginalUrl, cited.GetProperty("original_url").GetString());
        Assert.Equal("republication", cited.GetProperty("tier").GetString());
    }
}
