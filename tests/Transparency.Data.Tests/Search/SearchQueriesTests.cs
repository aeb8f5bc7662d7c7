using Transparency.Data.Search;

namespace Transparency.Data.Tests.Search;

public sealed class SearchQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private readonly SearchQueries _queries = new(db.Database);

    private Task<SearchResult> SearchAsync(string text, Language language = Language.En, SearchKind? kind = null, int page = 1, int pageSize = 50) =>
        _queries.SearchAsync(SearchWords.Parse(text), language, kind, page, pageSize, TestContext.Current.CancellationToken);

    private static List<string> Ids(SearchResult result, SearchKind kind) =>
        result.Groups.Single(g => g.Kind == kind).Hits.Select(h => h.ItemId).ToList();

    [Fact]
    public async Task Every_kind_is_a_group_in_order_matched_or_not()
    {
        var result = await SearchAsync("ITIN");

        Assert.Equal(Enum.GetValues<SearchKind>(), result.Groups.Select(g => g.Kind));
        Assert.Equal(["2025-08-07-wapo-40000-name-list"], Ids(result, SearchKind.Event));
        Assert.Equal(["itin-filings-drop", "wapo-verified-share"], Ids(result, SearchKind.Figure).Order(StringComparer.Ordinal));
        Assert.Equal(["itin-filings-drop-blog"], Ids(result, SearchKind.FigureValue));
        Assert.Equal(["2025-08-07-dhs-40000-name-list"], Ids(result, SearchKind.Request));
        Assert.Equal(["immigrant-money-itin", "usimmigration-my-itin"], Ids(result, SearchKind.Source).Order(StringComparer.Ordinal));
        Assert.Empty(Ids(result, SearchKind.Case));
        Assert.All(result.Groups, g => Assert.Equal(g.Hits.Count, g.Total));
        Assert.All(result.Groups, g => Assert.True(g.Ranked));
    }

    [Fact]
    public async Task The_matching_words_are_marked_in_the_title_and_the_excerpt()
    {
        var hit = (await SearchAsync("itin")).Groups.Single(g => g.Kind == SearchKind.Figure).Hits.Single(h => h.ItemId == "itin-filings-drop");

        Assert.Contains($"{SearchQueries.MarkStart}ITIN{SearchQueries.MarkEnd}", hit.Title, StringComparison.Ordinal);
        // "itin" also finds the longer word "ITINs", marked whole.
        Assert.Contains($"{SearchQueries.MarkStart}ITINs{SearchQueries.MarkEnd}", hit.Excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', hit.Excerpt);
    }

    [Theory]
    [InlineData("dirección")]
    [InlineData("direccion")]
    [InlineData("DIRECCIÓN")]
    public async Task Accents_and_capitals_do_not_matter_and_a_word_finds_longer_words(string word)
    {
        var result = await SearchAsync(word, Language.Es, SearchKind.Event);
        var hits = result.Groups.Single().Hits;

        // The fixture's Spanish text has both "dirección" and "direcciones": a search for either spelling of the
        // first finds the second.
        Assert.Contains(hits, h => h.Excerpt.Contains($"{SearchQueries.MarkStart}direcciones{SearchQueries.MarkEnd}", StringComparison.Ordinal)
            || h.Title.Contains($"{SearchQueries.MarkStart}direcciones{SearchQueries.MarkEnd}", StringComparison.Ordinal));
        Assert.Equal(Ids(await SearchAsync("dirección", kind: SearchKind.Event), SearchKind.Event), hits.Select(h => h.ItemId));
    }

    [Fact]
    public async Task A_spanish_word_on_the_english_side_shows_the_spanish_text_it_matched()
    {
        var hits = (await SearchAsync("indocumentados")).Groups.Single(g => g.Kind == SearchKind.Figure).Hits;

        Assert.Equal(["undocumented-filers-itep", "undocumented-taxes-aic", "undocumented-taxes-itep"], hits.Select(h => h.ItemId).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Equal(Language.Es, h.ExcerptLanguage));
        Assert.All(hits, h => Assert.Contains($"{SearchQueries.MarkStart}indocumentados{SearchQueries.MarkEnd}", h.Excerpt, StringComparison.Ordinal));
        Assert.All(hits, h => Assert.StartsWith("Context", h.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_spanish_side_reads_the_spanish_text()
    {
        var en = (await SearchAsync("Romo", kind: SearchKind.Ruling)).Groups.Single().Hits.Single();
        var es = (await SearchAsync("Romo", Language.Es, SearchKind.Ruling)).Groups.Single().Hits.Single();

        Assert.Equal("ctr-2026-02-indicative-ruling", es.ItemId);
        Assert.Equal("ctr-v-irs", es.ParentId);
        Assert.NotEqual(en.Title, es.Title);
        Assert.Equal(Language.Es, es.ExcerptLanguage);
        Assert.Contains($"{SearchQueries.MarkStart}Romo{SearchQueries.MarkEnd}", es.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Romo_finds_the_declaration_in_every_kind_that_names_her()
    {
        var result = await SearchAsync("Romo");

        Assert.Contains("2026-02-11-romo-declaration-and-wapo-story", Ids(result, SearchKind.Event));
        Assert.Contains("addresses-disclosed-romo", Ids(result, SearchKind.FigureValue));
        Assert.Equal(["ctr-2026-02-indicative-ruling"], Ids(result, SearchKind.Ruling));
        Assert.Equal(["2025-06-27-ice-narrowed-request"], Ids(result, SearchKind.Request));
    }

    [Fact]
    public async Task Every_word_must_match()
    {
        var one = await SearchAsync("Romo");
        var two = await SearchAsync("Romo declaration");

        Assert.True(two.Groups.Sum(g => g.Total) < one.Groups.Sum(g => g.Total));
        Assert.All(two.Groups.SelectMany(g => g.Hits), h => Assert.Contains(h.ItemId, one.Groups.SelectMany(g => g.Hits).Select(x => x.ItemId)));
    }

    [Theory]
    [InlineData("zzzqqq")]
    [InlineData("Romo zzzqqq")]
    [InlineData("\"")]
    public async Task A_word_in_no_item_finds_nothing(string text)
    {
        var result = await SearchAsync(text);

        Assert.All(result.Groups, g => Assert.Equal(0, g.Total));
        Assert.All(result.Groups, g => Assert.Empty(g.Hits));
    }

    [Theory]
    [InlineData("AND (")]
    [InlineData("\"court")]
    [InlineData("court\" OR \"x")]
    [InlineData("NEAR(court ruling)")]
    [InlineData("title: court")]
    [InlineData("court*")]
    [InlineData("-court ^court")]
    public async Task Search_syntax_is_read_as_words_and_never_fails(string text)
    {
        var result = await SearchAsync(text);

        Assert.Equal(Enum.GetValues<SearchKind>().Length, result.Groups.Count);
    }

    [Fact]
    public async Task A_two_thousand_character_text_is_searched_cut()
    {
        var result = await SearchAsync(new string('a', 1000) + " court " + new string('b', 1000));

        Assert.True(result.Words.Shortened);
        Assert.All(result.Groups, g => Assert.Equal(0, g.Total));
    }

    [Fact]
    public async Task Pages_of_one_kind_follow_each_other()
    {
        var all = (await SearchAsync("IRS", kind: SearchKind.Event)).Groups.Single();
        var pages = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            pages.AddRange((await SearchAsync("IRS", kind: SearchKind.Event, page: page, pageSize: 5)).Groups.Single().Hits.Select(h => h.ItemId));
        }

        Assert.True(all.Total > 20, $"{all.Total} events");
        Assert.Equal(all.Hits.Take(20).Select(h => h.ItemId), pages);
        Assert.Empty((await SearchAsync("IRS", kind: SearchKind.Event, page: 100, pageSize: 5)).Groups.Single().Hits);
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_mention_in_the_text()
    {
        var hits = (await SearchAsync("indicative", kind: SearchKind.Event)).Groups.Single().Hits;

        Assert.Contains(SearchQueries.MarkStart, hits[0].Title);
    }

    [Fact]
    public async Task Too_many_matches_to_rank_are_listed_in_the_sites_order()
    {
        // Thresholds a small data set reaches: more than 3 matches of a kind are listed, not ranked.
        var listing = new SearchQueries(db.Database, rankLimit: 3, rankPostings: 20_000);
        var events = (await listing.SearchAsync(SearchWords.Parse("court"), kind: SearchKind.Event, pageSize: 100, cancellationToken: TestContext.Current.CancellationToken)).Groups.Single();
        var ranked = (await SearchAsync("court", kind: SearchKind.Event, pageSize: 100)).Groups.Single();

        Assert.False(events.Ranked);
        Assert.True(ranked.Ranked);
        Assert.Equal(ranked.Total, events.Total);
        Assert.Equal(ranked.Hits.Select(h => h.ItemId).Order(StringComparer.Ordinal), events.Hits.Select(h => h.ItemId).Order(StringComparer.Ordinal));
        // The index's order, which is the site's order for events (SearchIndexTests checks it).
        await using var connection = await db.Database.OpenAsync(TestContext.Current.CancellationToken);
        var indexOrder = (await Dapper.SqlMapper.QueryAsync<string>(connection, "SELECT item_id FROM search_text WHERE kind = 'event' ORDER BY rowid")).ToList();
        Assert.Equal(indexOrder.Where(events.Hits.Select(h => h.ItemId).Contains), events.Hits.Select(h => h.ItemId));
        Assert.NotEqual(ranked.Hits.Select(h => h.ItemId), events.Hits.Select(h => h.ItemId));
    }

    [Fact]
    public async Task Words_held_by_too_many_items_are_listed_not_ranked()
    {
        var listing = new SearchQueries(db.Database, rankLimit: SearchQueries.RankLimit, rankPostings: 5);

        var result = await listing.SearchAsync(SearchWords.Parse("court"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(result.Groups.Where(g => g.Total > 0), g => Assert.False(g.Ranked));
    }

    [Fact]
    public async Task Documents_and_requests_carry_their_place_in_their_list()
    {
        var documents = (await SearchAsync("transcript", kind: SearchKind.Document)).Groups.Single().Hits;
        var request = (await SearchAsync("ITIN", kind: SearchKind.Request)).Groups.Single().Hits.Single();

        Assert.Equal(1, documents.Single(d => d.ItemId == "ctr-26-5006-argument-transcript").Position);
        Assert.Equal(5, request.Position);
    }
}
