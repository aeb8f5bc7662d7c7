using Transparency.Data.Cases;

namespace Transparency.Data.Tests.Cases;

public sealed class CaseQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private readonly CaseQueries _queries = new(db.Database);

    [Fact]
    public async Task Pages_of_cases_cover_every_case_once_in_the_list_order()
    {
        var all = await _queries.GetAllAsync(limit: 1000);
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await _queries.GetPageAsync(page, 2);
            Assert.Equal(all.Count, result.Total);
            if (result.Cases.Count == 0)
            {
                break;
            }
            ids.AddRange(result.Cases.Select(c => c.Id));
        }

        Assert.Equal(all.Select(c => c.Id), ids);
    }

    [Fact]
    public async Task The_rulings_of_a_page_of_cases_are_each_cases_rulings_in_date_order()
    {
        var cases = await _queries.GetAllAsync(limit: 1000);

        var rulings = await _queries.GetRulingsOfAsync(cases.Select(c => c.Id).ToList());

        foreach (var c in cases)
        {
            var own = await _queries.GetRulingsAsync(c.Id);
            Assert.Equal(own.Select(r => r.Id), rulings.Where(r => r.CaseId == c.Id).Select(r => r.Id));
            Assert.Equal(c.RulingCount, own.Count);
        }
        Assert.Contains(rulings, r => r.Sources.Count > 0);
    }

    [Fact]
    public async Task The_latest_rulings_are_the_tail_of_all_rulings_with_the_total()
    {
        var all = await _queries.GetRulingsAsync(limit: 100_000);

        var (latest, total) = await _queries.GetLatestRulingsAsync(3);

        Assert.Equal(all.Count, total);
        Assert.Equal(all.TakeLast(3).Select(r => r.Id), latest.Select(r => r.Id));
    }

    [Fact]
    public async Task A_cases_event_count_matches_its_events()
    {
        var events = await new Transparency.Data.Timeline.TimelineQueries(db.Database).ForCaseAsync("ctr-v-irs", limit: 100_000);

        Assert.NotEmpty(events);
        Assert.Equal(events.Count, await _queries.CountEventsAsync("ctr-v-irs"));
        Assert.Equal(0, await _queries.CountEventsAsync("no-such-case"));
    }
}
