using Dapper;
using Transparency.Data.Search;
using Transparency.Data.Timeline;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Building;

/// <summary>The index of the site search and the timeline's text filter as the builder writes it (search_text, search_kinds, search_terms).</summary>
public sealed class SearchIndexTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await db.Database.OpenAsync(TestContext.Current.CancellationToken);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    [Fact]
    public async Task Every_kind_has_one_block_of_rowids_and_every_block_is_a_kind()
    {
        var blocks = await QueryAsync<(string Kind, long First, long Last, long Items)>("SELECT kind, first_rowid, last_rowid, items FROM search_kinds ORDER BY first_rowid");
        var counts = await QueryAsync<(string Kind, long Rows, long First, long Last)>("SELECT kind, COUNT(*), MIN(rowid), MAX(rowid) FROM search_text GROUP BY kind");

        Assert.Equal(Vocabulary.Texts<SearchKind>().Order(StringComparer.Ordinal), blocks.Select(b => b.Kind).Order(StringComparer.Ordinal));
        foreach (var block in blocks)
        {
            var count = counts.Single(c => c.Kind == block.Kind);
            Assert.Equal((block.Kind, block.First, block.Last), (count.Kind, count.First, count.Last));
            Assert.Equal(block.Last - block.First + 1, block.Items);
            Assert.Equal(count.Rows, block.Items);
        }
        // Blocks do not overlap: a rowid range reads one kind.
        Assert.All(blocks.Zip(blocks.Skip(1)), pair => Assert.True(pair.First.Last < pair.Second.First));
    }

    [Theory]
    [InlineData("guide", "guide")]
    [InlineData("glossary", "glossary")]
    [InlineData("event", "events")]
    [InlineData("case", "cases")]
    [InlineData("ruling", "rulings")]
    [InlineData("figure", "figures")]
    [InlineData("figure-value", "figure_values")]
    [InlineData("request", "request_batches")]
    [InlineData("document", "documents")]
    [InlineData("source", "sources")]
    public async Task Each_kind_holds_every_row_of_its_table_once(string kind, string table)
    {
        var indexed = await QueryAsync<string>("SELECT item_id FROM search_text WHERE kind = @kind", new { kind });
        var rows = await QueryAsync<string>($"SELECT id FROM {table}");

        Assert.Equal(rows.Order(StringComparer.Ordinal), indexed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_event_carries_exactly_its_filters_as_tokens_and_nothing_else_does()
    {
        var rows = await QueryAsync<(string Id, string Category, string? CaseId, string Year, string? Facets)>("""
            SELECT e.id, e.category, e.case_id, substr(e.occurred_on, 1, 4), s.facets
            FROM search_text s JOIN events e ON e.id = s.item_id WHERE s.kind = 'event'
            """);
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r.CaseId is null);
        foreach (var r in rows)
        {
            string?[] tokens = [TimelineFilterTokens.Category(r.Category), r.CaseId is null ? null : TimelineFilterTokens.Case(r.CaseId), TimelineFilterTokens.Year(r.Year)];
            Assert.Equal(string.Join(' ', tokens.OfType<string>()), r.Facets, ignoreCase: true);
        }
        Assert.Empty(await QueryAsync<string>("SELECT item_id FROM search_text WHERE kind <> 'event' AND facets IS NOT NULL"));
        // A filter token is not a word a reader can search for (search_terms lists the text's words only).
        Assert.Empty(await QueryAsync<string>("SELECT term FROM search_terms WHERE term = lower(@token)", new { token = TimelineFilterTokens.Year("2025") }));
    }

    [Fact]
    public async Task Events_are_indexed_in_the_timelines_order()
    {
        // The timeline's text filter pages through the block in rowid order: it must be the timeline's own order.
        var indexed = await QueryAsync<string>("SELECT item_id FROM search_text WHERE kind = 'event' ORDER BY rowid");
        var listed = (await new TimelineQueries(db.Database).SearchAsync(new TimelineFilter { PageSize = 1000 }))
            .Events.Select(e => e.Id).ToList();

        Assert.Equal(listed, indexed);
    }

    [Theory]
    [InlineData("direccion")]
    [InlineData("dirección")]
    [InlineData("DIRECCIÓN")]
    public async Task Accents_and_capitals_are_folded(string word)
    {
        var matched = await QueryAsync<string>("SELECT item_id FROM search_text WHERE search_text MATCH @match", new { match = $"\"{word}\"" });

        Assert.Contains("2025-02-27-dhs-memo-seeks-700000-addresses", matched);
        Assert.Equal(matched.Count, (await QueryAsync<long>("SELECT items FROM search_terms WHERE term = 'direccion'")).Single());
        Assert.Empty(await QueryAsync<string>("SELECT term FROM search_terms WHERE term = 'dirección'"));
    }

    [Fact]
    public async Task An_item_is_found_by_its_english_and_by_its_spanish_words()
    {
        var english = await QueryAsync<string>("SELECT item_id FROM search_text WHERE search_text MATCH 'title: undocumented' AND kind = 'figure'");
        var spanish = await QueryAsync<string>("SELECT item_id FROM search_text WHERE search_text MATCH 'title_es: indocumentados' AND kind = 'figure'");

        Assert.Contains("undocumented-taxes-aic", english);
        Assert.Equal(english.Order(StringComparer.Ordinal), spanish.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Where_to_link_each_kind_is_in_the_index()
    {
        var rows = await QueryAsync<(string Kind, string ItemId, string? ParentId, long? Position)>("SELECT kind, item_id, parent_id, position FROM search_text");

        Assert.All(rows.Where(r => r.Kind == "ruling"), r => Assert.NotNull(r.ParentId));
        Assert.All(rows.Where(r => r.Kind == "figure-value"), r => Assert.NotNull(r.ParentId));
        Assert.Equal(
            (await QueryAsync<string>("SELECT id FROM documents ORDER BY sort_order, id")),
            rows.Where(r => r.Kind == "document").OrderBy(r => r.Position).Select(r => r.ItemId));
        Assert.Equal(
            (await QueryAsync<string>("SELECT id FROM request_batches ORDER BY sort_order, id")),
            rows.Where(r => r.Kind == "request").OrderBy(r => r.Position).Select(r => r.ItemId));
        Assert.All(rows.Where(r => r.Kind is "event" or "case" or "figure" or "source"), r => Assert.Null(r.ParentId));
    }

    [Fact]
    public async Task An_untranslated_text_stays_empty_on_the_spanish_side()
    {
        // Sources have no Spanish label: the English is not indexed twice (it would count double in the ranking).
        Assert.Empty(await QueryAsync<string>("SELECT item_id FROM search_text WHERE kind = 'source' AND title_es IS NOT NULL"));
    }
}
