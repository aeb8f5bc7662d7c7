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
    [MemberData(nameof(Filters))]
    public async Task A_text_search_with_filters_finds_the_filtered_events_that_match_in_the_page_order(string? category, string? caseId, int? year, bool oldestFirst)
    {
        // The filters are tokens in the full-text index (TimelineFilterTokens): the reference is the filter's
        // own list (positions) kept where the text alone matches.
        var filter = new TimelineFilter { Category = category, CaseId = caseId, Year = year, OldestFirst = oldestFirst, PageSize = 1000 };
        var matching = (await _queries.SearchAsync(new TimelineFilter { Query = "court", PageSize = 1000 })).Events.Select(e => e.Id).ToHashSet();
        var expected = (await _queries.SearchAsync(filter)).Events.Select(e => e.Id).Where(matching.Contains).ToList();
        Assert.True(expected.Count > 1, $"only {expected.Count} events match");

        var whole = await _queries.SearchAsync(filter with { Query = "court" });
        Assert.Equal(expected, whole.Events.Select(e => e.Id));
        Assert.Equal(expected.Count, whole.Total);
        Assert.False(whole.TotalCapped);

        var paged = new List<string>();
        for (var page = 1; page <= (expected.Count + 2) / 3 + 1; page++)
        {
            var result = await _queries.SearchAsync(filter with { Query = "court", PageSize = 3, Page = page });
            Assert.Equal(expected.Count, result.Total);
            paged.AddRange(result.Events.Select(e => e.Id));
        }
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task A_text_search_counts_and_lists_up_to_its_cap_and_a_download_counts_every_match()
    {
        var all = await _queries.SearchAsync(new TimelineFilter { Query = "court", PageSize = 1000 });
        Assert.True(all.Total > 10, $"only {all.Total} matches");
        var capped = new TimelineQueries(db.Database, textCap: 5);

        var first = await capped.SearchAsync(new TimelineFilter { Query = "court", PageSize = 3 });
        var second = await capped.SearchAsync(new TimelineFilter { Query = "court", PageSize = 3, Page = 2 });
        var third = await capped.SearchAsync(new TimelineFilter { Query = "court", PageSize = 3, Page = 3 });

        Assert.Equal((5, true), (first.Total, first.TotalCapped));
        Assert.Equal(all.Events.Take(5).Select(e => e.Id), first.Events.Concat(second.Events).Select(e => e.Id));
        Assert.Empty(third.Events);
        Assert.Equal(all.Total, await capped.CountAllAsync(new TimelineFilter { Query = "court" }));
        Assert.Equal(55, await capped.CountAllAsync(new TimelineFilter()));
    }

    [Theory]
    [InlineData("indocumentados")]
    [InlineData("Dirección")]
    [InlineData("ITIN")]
    public async Task A_text_search_reads_words_as_the_site_search_does(string query)
    {
        // Accents and case folded, Spanish text searched beside the English, each word also as its longer forms.
        var timeline = await _queries.SearchAsync(new TimelineFilter { Query = query, PageSize = 1000 });
        var site = await new Transparency.Data.Search.SearchQueries(db.Database).SearchAsync(
            Transparency.Data.Search.SearchWords.Parse(query), kind: Transparency.Data.Search.SearchKind.Event, pageSize: 1000);

        Assert.Equal(site.Groups[0].Hits.Select(h => h.ItemId).Order(StringComparer.Ordinal), timeline.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("zzzqqq")]
    [InlineData("- * ^")]
    [InlineData("court zzzqqq")]
    public async Task A_text_search_for_nothing_findable_matches_nothing(string query)
    {
        var page = await _queries.SearchAsync(new TimelineFilter { Query = query });

        Assert.Equal((0, false), (page.Total, page.TotalCapped));
        Assert.Empty(page.Events);
        Assert.Equal(0, await _queries.CountAllAsync(new TimelineFilter { Query = query }));
    }

    [Fact]
    public async Task A_filter_word_typed_as_text_does_not_match_the_filter_tokens()
    {
        // The facets column holds tokens such as "y" + hex("2025"); typed, that word searches the text only.
        var token = TimelineFilterTokens.Year("2025");
        var page = await _queries.SearchAsync(new TimelineFilter { Query = token });

        Assert.Equal(0, page.Total);
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
