using Transparency.Data.Sources;

namespace Transparency.Data.Tests.Sources;

public sealed class SourceQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private readonly SourceQueries _queries = new(db.Database);

    [Fact]
    public async Task Pages_of_sources_cover_every_source_once_in_the_list_order()
    {
        var all = (await _queries.GetPageAsync(1, 1000)).Sources;
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await _queries.GetPageAsync(page, 25);
            Assert.Equal(all.Count, result.Total);
            if (result.Sources.Count == 0)
            {
                break;
            }
            ids.AddRange(result.Sources.Select(s => s.Id));
        }

        Assert.Equal(all.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(all.Select(s => s.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task One_source_carries_what_cites_it_like_the_full_list()
    {
        var listed = ((await _queries.GetPageAsync(1, 1000)).Sources).First(s => s.UsedBy.Count > 1);

        var one = await _queries.GetAsync(listed.Id);

        Assert.NotNull(one);
        Assert.Equal(listed.Url, one.Url);
        Assert.Equal(listed.UseCount, one.UseCount);
        Assert.Equal(listed.UsedBy, one.UsedBy.Take(SourceQueries.UsesInList));
    }

    [Fact]
    public async Task The_list_shows_at_most_a_few_uses_per_source_and_counts_them_all()
    {
        var sources = (await _queries.GetPageAsync(1, 1000)).Sources;

        Assert.All(sources, s => Assert.True(s.UsedBy.Count <= SourceQueries.UsesInList && s.UsedBy.Count == Math.Min(s.UseCount, SourceQueries.UsesInList), s.Id));
        Assert.Contains(sources, s => s.UseCount > SourceQueries.UsesInList);
    }

    [Fact]
    public async Task Pages_of_a_sources_uses_cover_each_use_once()
    {
        var busiest = ((await _queries.GetPageAsync(1, 1000)).Sources).MaxBy(s => s.UseCount)!;
        var uses = new List<SourceUse>();
        for (var page = 1; ; page++)
        {
            var one = await _queries.GetAsync(busiest.Id, usePage: page, usePageSize: 3);
            Assert.NotNull(one);
            if (one.UsedBy.Count == 0)
            {
                break;
            }
            uses.AddRange(one.UsedBy);
        }

        Assert.Equal(busiest.UseCount, uses.Count);
        Assert.Equal(uses.Count, uses.Distinct().Count());
        Assert.Equal(busiest.UsedBy, uses.Take(busiest.UsedBy.Count));
    }

    [Fact]
    public async Task Unknown_source_is_null()
    {
        Assert.Null(await _queries.GetAsync("no-such-source"));
    }
}
