using Transparency.Data.Feeds;
using Transparency.Data.Tests.Corrections;
using Transparency.Data.Tests.Timeline;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Feeds;

public sealed class FeedQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private const string AsOf = "2026-06-09";

    [Fact]
    public async Task In_the_first_release_every_entry_is_dated_by_the_dataset_as_of()
    {
        var entries = await new FeedQueries(db.Database).GetEntriesAsync();

        Assert.All(entries, e => Assert.Equal(AsOf, e.UpdatedOn));
        Assert.All(entries, e => Assert.Equal(AsOf, e.PublishedOn));
    }

    [Fact]
    public async Task The_feed_holds_each_event_once_and_each_ruling_once_newest_first()
    {
        var entries = await new FeedQueries(db.Database).GetEntriesAsync();

        // 55 events, of which 10 record one of the 10 rulings: those appear once, as the ruling.
        Assert.Equal(55, entries.Count);
        Assert.Equal(10, entries.Count(e => e.Kind == FeedEntryKind.Ruling));
        Assert.Equal(entries.Count, entries.Select(e => e.Href).Distinct().Count());
        var keys = entries.Select(e => TimelineQueriesTests.SortKey(e.Date.ToString())).ToList();
        Assert.Equal(keys.OrderDescending(StringComparer.Ordinal), keys);
        Assert.All(entries.Where(e => e.Kind == FeedEntryKind.Ruling), e => Assert.StartsWith("/events/", e.RelatedHref, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_feed_holds_only_that_cases_items()
    {
        var entries = await new FeedQueries(db.Database).GetEntriesAsync(caseId: "ctr-v-irs");

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal("ctr-v-irs", e.CaseId));
        Assert.Contains(entries, e => e.Kind == FeedEntryKind.Ruling);
        Assert.Contains(entries, e => e.Kind == FeedEntryKind.Event);
        Assert.Empty(await new FeedQueries(db.Database).GetEntriesAsync(caseId: "no-such-case"));
    }

    [Fact]
    public async Task The_limit_keeps_the_newest_entries()
    {
        var all = await new FeedQueries(db.Database).GetEntriesAsync();
        var five = await new FeedQueries(db.Database).GetEntriesAsync(limit: 5);

        Assert.Equal(all.Take(5).Select(e => e.Id), five.Select(e => e.Id));
    }

    [Fact]
    public async Task A_correction_is_an_entry_and_redates_the_row_it_names()
    {
        using var dataset = new CorrectedDataset();

        var entries = await new FeedQueries(dataset.Database).GetEntriesAsync();

        // Newest first: the three corrections (their own date is their correction date), then the
        // corrected event (2026-07-01), then the ruling whose timeline event was corrected (2026-06-20).
        Assert.Equal(
            [
                CorrectedDataset.EventCorrection, CorrectedDataset.CorrectedEvent, CorrectedDataset.RulingEventCorrection,
                CorrectedDataset.Ruling, CorrectedDataset.FigureCorrection,
            ],
            entries.Take(5).Select(e => e.Id));
        var correction = entries[0];
        Assert.Equal((FeedEntryKind.Correction, EventCategory.Correction, "2026-07-01", "2026-07-01"), (correction.Kind, correction.Category, correction.UpdatedOn, correction.PublishedOn));
        Assert.Equal("/corrections#" + CorrectedDataset.EventCorrection, correction.Href);
        Assert.Equal("/events/" + CorrectedDataset.CorrectedEvent, correction.RelatedHref);
        Assert.Equal("ctr-v-irs", correction.CaseId);
        Assert.Contains("Checked against the docket.", correction.Summary, StringComparison.Ordinal);
        var corrected = entries[1];
        Assert.Equal(("2026-07-01", AsOf), (corrected.UpdatedOn, corrected.PublishedOn));
        Assert.Equal("2026-06-20", entries[3].UpdatedOn);
        Assert.All(entries.Skip(5), e => Assert.Equal(AsOf, e.UpdatedOn));
        Assert.Null(entries[4].CaseId);
    }

    [Fact]
    public async Task A_case_feed_carries_corrections_to_its_own_rows_only()
    {
        using var dataset = new CorrectedDataset();

        var ctr = await new FeedQueries(dataset.Database).GetEntriesAsync(caseId: "ctr-v-irs");
        var centro = await new FeedQueries(dataset.Database).GetEntriesAsync(caseId: "centro-v-bessent");

        Assert.Equal([CorrectedDataset.EventCorrection], ctr.Where(e => e.Kind == FeedEntryKind.Correction).Select(e => e.Id));
        Assert.Equal([CorrectedDataset.RulingEventCorrection], centro.Where(e => e.Kind == FeedEntryKind.Correction).Select(e => e.Id));
    }
}
