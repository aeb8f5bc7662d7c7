using Transparency.Data.Timeline;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Timeline;

public sealed class TimelineQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private readonly TimelineQueries _queries = new(db.Database);

    [Fact]
    public async Task Unfiltered_timeline_lists_every_event_newest_first()
    {
        var page = await _queries.SearchAsync(new TimelineFilter());

        Assert.Equal(55, page.Total);
        var keys = page.Events.Select(e => SortKey(e.OccurredOn.ToString())).ToList();
        Assert.Equal(keys.OrderDescending(StringComparer.Ordinal), keys);
        Assert.All(page.Events, e => Assert.NotEmpty(e.Sources));
    }

    [Fact]
    public async Task Filters_combine_category_year_and_case()
    {
        var page = await _queries.SearchAsync(new TimelineFilter { Category = "court-ruling", Year = 2026, OldestFirst = true });

        Assert.NotEmpty(page.Events);
        Assert.All(page.Events, e => Assert.Equal(EventCategory.CourtRuling, e.Category));
        Assert.All(page.Events, e => Assert.Equal(2026, e.OccurredOn.Year));
        var keys = page.Events.Select(e => SortKey(e.OccurredOn.ToString())).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);

        var ctr = await _queries.SearchAsync(new TimelineFilter { CaseId = "ctr-v-irs" });
        Assert.All(ctr.Events, e => Assert.Equal("ctr-v-irs", e.CaseId));
    }

    [Fact]
    public async Task Text_query_matches_words_and_treats_wildcards_literally()
    {
        var romo = await _queries.SearchAsync(new TimelineFilter { Query = "Romo" });
        var wildcard = await _queries.SearchAsync(new TimelineFilter { Query = "%" });

        Assert.Contains(romo.Events, e => e.Summary.Contains("Romo", StringComparison.Ordinal) || e.Title.Contains("Romo", StringComparison.Ordinal));
        Assert.True(wildcard.Total < 55);
    }

    [Fact]
    public async Task Paging_splits_results_without_losing_or_repeating_events()
    {
        var first = await _queries.SearchAsync(new TimelineFilter { PageSize = 20, Page = 1 });
        var second = await _queries.SearchAsync(new TimelineFilter { PageSize = 20, Page = 2 });
        var third = await _queries.SearchAsync(new TimelineFilter { PageSize = 20, Page = 3 });

        var ids = first.Events.Concat(second.Events).Concat(third.Events).Select(e => e.Id).ToList();
        Assert.Equal(55, ids.Count);
        Assert.Equal(55, ids.Distinct().Count());
    }

    public static TheoryData<string?, string?, int?, bool> Filters() => new()
    {
        { null, null, null, false },
        { null, null, null, true },
        { "court-ruling", null, null, false },
        { "filing", null, null, true },
        { null, "ctr-v-irs", null, false },
        { null, "ctr-v-irs", null, true },
        { null, null, 2025, false },
        { null, null, 2026, true },
        { "court-ruling", null, 2026, false },
        { null, "ctr-v-irs", 2025, true },
        { "court-ruling", "ctr-v-irs", null, false },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_page_read_by_position_equals_the_same_page_of_the_sorted_list(string? category, string? caseId, int? year, bool oldestFirst)
    {
        // The whole list in one page is the reference; pages of 3 (ranges of positions) must cut it into
        // the same slices, the last one short, and one past the end is empty.
        var filter = new TimelineFilter { Category = category, CaseId = caseId, Year = year, OldestFirst = oldestFirst, PageSize = 1000 };
        var whole = (await _queries.SearchAsync(filter)).Events.Select(e => e.Id).ToList();
        Assert.True(whole.Count > 3, $"the filter matches only {whole.Count} events");

        var paged = new List<string>();
        for (var page = 1; page <= (whole.Count + 2) / 3 + 1; page++)
        {
            var result = await _queries.SearchAsync(filter with { PageSize = 3, Page = page });
            Assert.Equal(whole.Count, result.Total);
            paged.AddRange(result.Events.Select(e => e.Id));
        }
        Assert.Equal(whole, paged);
        var expected = new TimelineQueriesReference(db.Database);
        Assert.Equal(await expected.IdsAsync(category, caseId, year, oldestFirst), whole);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(null, true)]
    [InlineData("court-ruling", false)]
    public async Task A_text_search_walked_by_position_finds_the_same_pages_as_sorting_the_matches(string? category, bool oldestFirst)
    {
        // The bundled data never has enough matches for SearchAsync to walk positions, so both statements
        // are run here directly on the same parameters.
        await using var connection = await db.Database.OpenAsync();
        async Task<List<string>> Ids(string sql, int limit, int offset) =>
            (await Dapper.SqlMapper.QueryAsync<TimelineEvent>(connection, sql, new
            {
                match = TimelineQueries.FullTextQuery("IRS"),
                category,
                caseId = (string?)null,
                year = (string?)null,
                categoryKey = category ?? "",
                caseKey = "",
                yearKey = "",
                limit,
                offset,
                es = false,
            })).Select(e => e.Id).ToList();
        var sorted = TimelineQueries.EventsSql(category is not null, false, false, text: true, oldestFirst);
        var walked = TimelineQueries.MatchPositionsSql(oldestFirst);

        var all = await Ids(sorted, 1000, 0);
        Assert.True(all.Count > 6, $"only {all.Count} matches");
        Assert.Equal(all, await Ids(walked, 1000, 0));
        Assert.Equal(all.Skip(3).Take(3), await Ids(walked, 3, 3));
    }

    [Fact]
    public async Task One_event_by_id_equals_its_entry_in_the_search()
    {
        var listed = (await _queries.SearchAsync(new TimelineFilter { CaseId = "ctr-v-irs" })).Events[0];

        var one = await _queries.GetAsync(listed.Id);

        Assert.NotNull(one);
        Assert.Equal(listed with { Sources = [] }, one with { Sources = [] });
        Assert.Equal(listed.Sources, one.Sources);
        Assert.Null(await _queries.GetAsync("no-such-event"));
    }

    /// <summary>A month or year sorts at the middle of its period ("2026-02" after "2026-02-05").</summary>
    internal static string SortKey(string iso) => iso.Length switch
    {
        7 => iso + "-15",
        4 => iso + "-07-01",
        _ => iso,
    };
}
