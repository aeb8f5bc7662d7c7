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

    [Fact]
    public async Task Pages_of_figures_cover_every_figure_once_in_the_list_order()
    {
        var queries = new FigureQueries(db.Database);
        var all = await queries.GetAllAsync(limit: 100_000);
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await queries.GetPageAsync(page, 7);
            Assert.Equal(all.Count, result.Total);
            if (result.Figures.Count == 0)
            {
                break;
            }
            ids.AddRange(result.Figures.Select(f => f.Id));
        }

        Assert.Equal(all.Select(f => f.Id), ids);
    }

    [Fact]
    public async Task Pages_of_mentions_cover_every_mention_once_with_the_count()
    {
        var queries = new FigureQueries(db.Database);
        var all = await queries.GetAsync("addresses-disclosed", mentionPageSize: 100_000);
        Assert.NotNull(all);
        Assert.True(all.MentionCount > 1);
        var mentions = new List<FigureMention>();
        for (var page = 1; ; page++)
        {
            var one = await queries.GetAsync("addresses-disclosed", mentionPage: page, mentionPageSize: 1);
            Assert.NotNull(one);
            Assert.Equal(all.MentionCount, one.MentionCount);
            if (one.Mentions.Count == 0)
            {
                break;
            }
            mentions.AddRange(one.Mentions);
        }

        Assert.Equal(all.Mentions, mentions);
        Assert.Equal(all.MentionCount, mentions.Count);
    }

    [Fact]
    public async Task A_cases_figures_are_those_its_rulings_or_events_mention()
    {
        var queries = new FigureQueries(db.Database);
        var all = await queries.GetAllAsync(limit: 100_000);
        var caseEvents = (await new Transparency.Data.Timeline.TimelineQueries(db.Database).ForCaseAsync("ctr-v-irs", limit: 100_000)).Select(e => "/events/" + e.Id).ToHashSet();
        var expected = new List<string>();
        foreach (var figure in all)
        {
            var detail = await queries.GetAsync(figure.Id, mentionPageSize: 100_000);
            if (detail!.Mentions.Any(m => m.Href.StartsWith("/cases/ctr-v-irs#", StringComparison.Ordinal) || caseEvents.Contains(m.Href)))
            {
                expected.Add(figure.Id);
            }
        }

        var found = await queries.GetMentionedByCaseAsync("ctr-v-irs", 100_000);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Select(f => f.Id));
        Assert.Equal(expected.Take(2), (await queries.GetMentionedByCaseAsync("ctr-v-irs", 2)).Select(f => f.Id));
    }
}
