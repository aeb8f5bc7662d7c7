using Transparency.Data.Events;

namespace Transparency.Data.Tests.Events;

public sealed class EventQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    [Fact]
    public async Task An_event_comes_with_its_sources_case_and_mentioned_figures()
    {
        var detail = await new EventQueries(db.Database).GetAsync("2025-10-29-ctr-administrative-record-filed");

        Assert.NotNull(detail);
        Assert.Equal("ctr-v-irs", detail.Event.CaseId);
        Assert.NotNull(detail.Event.CaseShortName);
        Assert.NotEmpty(detail.Event.Sources);
        Assert.Contains(detail.Figures, f => f.Id == "narrowed-request" && f.PreferredText.Length > 0);
        Assert.Null(detail.RulingTitle);
    }

    [Fact]
    public async Task A_ruling_event_names_its_ruling_and_open_questions_come_with_their_event()
    {
        var detail = await new EventQueries(db.Database).GetAsync("2026-02-05-cedc-stay-and-injunction");

        Assert.NotNull(detail);
        Assert.Equal("cedc-2026-02-05-stay-and-injunction", detail.Event.RulingId);
        Assert.NotNull(detail.RulingTitle);
        Assert.Contains(detail.Unknowns, u => u.Id == "cedc-first-circuit-appeal");
    }

    [Fact]
    public async Task Unknown_event_is_null()
    {
        Assert.Null(await new EventQueries(db.Database).GetAsync("no-such-event"));
    }
}
