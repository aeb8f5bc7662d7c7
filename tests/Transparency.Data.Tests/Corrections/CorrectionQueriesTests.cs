using Transparency.Data.Corrections;

namespace Transparency.Data.Tests.Corrections;

public sealed class CorrectionQueriesTests
{
    [Fact]
    public async Task The_first_release_has_no_corrections()
    {
        using var db = new BuiltDatabase();

        Assert.Empty(await new CorrectionQueries(db.Database).GetAllAsync());
    }

    [Fact]
    public async Task Corrections_are_listed_newest_first_with_their_source_and_the_page_of_the_changed_row()
    {
        using var dataset = new CorrectedDataset();

        var corrections = await new CorrectionQueries(dataset.Database).GetAllAsync();

        Assert.Equal([CorrectedDataset.EventCorrection, CorrectedDataset.RulingEventCorrection, CorrectedDataset.FigureCorrection], corrections.Select(c => c.Id));
        var first = corrections[0];
        Assert.Equal("2026-07-01", first.CorrectedOn);
        Assert.Equal(("events", CorrectedDataset.CorrectedEvent, "caveat"), (first.TableName, first.RowId, first.ColumnName));
        Assert.Null(first.OldValue);
        Assert.Equal("Checked against the docket.", first.NewValue);
        Assert.Equal("https://clearinghouse.net/case/46138", first.SourceUrl);
        Assert.NotNull(first.SourceLabel);
        Assert.Equal("/events/" + CorrectedDataset.CorrectedEvent, first.Href);
        Assert.Null(corrections[1].SourceId);
        Assert.Equal("/figures/addresses-disclosed", corrections[2].Href);
        Assert.Equal("5% & more", corrections[2].OldValue);
    }
}
