using Transparency.Data.Figures;
using Transparency.Data.Requests;

namespace Transparency.Data.Tests.Figures;

public sealed class FigureQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    [Fact]
    public async Task Headlines_are_the_four_key_numbers_in_order()
    {
        var headlines = await new FigureQueries(db.Database).GetAllAsync(headlinesOnly: true);

        Assert.Equal(["narrowed-request", "addresses-disclosed", "deficient-share", "court-counted-violations"], headlines.Select(h => h.Id));
    }

    [Fact]
    public async Task A_figure_keeps_every_reported_value_with_its_sources_and_one_preferred()
    {
        var detail = await new FigureQueries(db.Database).GetAsync("addresses-disclosed");

        Assert.NotNull(detail);
        Assert.True(detail.Values.Count >= 3);
        Assert.Single(detail.Values, v => v.IsPreferred);
        Assert.All(detail.Values, v => Assert.NotEmpty(v.Sources));
        Assert.Contains(detail.Values, v => v.ValueText.Contains("47,489", StringComparison.Ordinal));
        Assert.NotEmpty(detail.Mentions);
    }

    [Fact]
    public async Task Unknown_figure_is_null()
    {
        Assert.Null(await new FigureQueries(db.Database).GetAsync("no-such-figure"));
    }

    [Fact]
    public async Task Request_batches_join_their_preferred_counts()
    {
        var batches = await new RequestQueries(db.Database).GetBatchesAsync();

        Assert.Equal(5, batches.Count);
        var narrowed = Assert.Single(batches, b => b.RequestedFigureId == "narrowed-request");
        Assert.Equal(47289d, narrowed.Disclosed);
        Assert.Equal(1_280_000d, narrowed.Requested);
        Assert.All(batches, b => Assert.NotEmpty(b.Sources));
    }
}
