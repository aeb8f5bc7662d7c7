using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Data.Cases;
using Transparency.Data.Timeline;

namespace Transparency.Web.Tests.Feeds;

public sealed class FeedEndpointTests(SiteFactory factory)
{
    private const string AsOf = "2026-06-09T00:00:00Z";

    private async Task<string> GetFeedAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("/feeds/updates.atom")]
    [InlineData("/feeds/cases/ctr-v-irs.atom")]
    [InlineData("/feeds/cases/california-v-hhs.atom")]
    public async Task A_feed_is_atom_1_0_with_every_required_element(string path)
    {
        var xml = await GetFeedAsync(path);

        // The standard reader accepts it...
        var feed = Atom.Load(xml);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, i => Assert.Contains(i.Links, l => l.RelationshipType == "alternate"));

        // ...and the raw XML has what RFC 4287 requires, plus what this site promises.
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        var root = Atom.Root(xml);
        Assert.Equal(Atom.Ns + "feed", root.Name);
        Assert.Equal("http://localhost" + path, Atom.Text(root, "id"));
        Assert.StartsWith("Transparency", Atom.Text(root, "title"), StringComparison.Ordinal);
        Assert.Equal(AsOf, Atom.Text(root, "updated"));
        Assert.Equal("Transparency", root.Element(Atom.Ns + "author")?.Element(Atom.Ns + "name")?.Value);
        Assert.Equal("http://localhost" + path, Atom.Link(root, "self"));
        Assert.StartsWith("http://localhost/", Atom.Link(root, "alternate"), StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", Atom.Text(root, "rights"), StringComparison.Ordinal);
        var entries = Atom.Entries(root);
        Assert.InRange(entries.Count, 1, 100);
        Assert.All(entries, e =>
        {
            Assert.StartsWith("http://localhost/", Atom.Text(e, "id"), StringComparison.Ordinal);
            Assert.NotEmpty(Atom.Text(e, "title"));
            Assert.NotEmpty(Atom.Text(e, "updated"));
            Assert.NotEmpty(Atom.Text(e, "published"));
            Assert.NotEmpty(Atom.Text(e, "summary"));
            Assert.Equal("text", (string?)e.Element(Atom.Ns + "summary")?.Attribute("type"));
            Assert.NotNull(e.Element(Atom.Ns + "category")?.Attribute("term"));
            // The id is the permanent URL of the page the entry links to.
            Assert.Equal(Atom.Text(e, "id"), Atom.Link(e, "alternate"));
        });
        Assert.Equal(entries.Count, entries.Select(e => Atom.Text(e, "id")).Distinct().Count());
    }

    [Fact]
    public async Task The_updates_feed_lists_entries_newest_first_by_updated_then_by_their_own_date()
    {
        var root = Atom.Root(await GetFeedAsync("/feeds/updates.atom"));
        var ownDates = await OwnDatesAsync();

        var keys = Atom.Entries(root).Select(e => (Updated: Atom.Updated(e), Own: ownDates[new Uri(Atom.Text(e, "id")).PathAndQuery + new Uri(Atom.Text(e, "id")).Fragment])).ToList();

        Assert.Equal(55, keys.Count);
        for (var i = 1; i < keys.Count; i++)
        {
            var (previous, current) = (keys[i - 1], keys[i]);
            Assert.True(previous.Updated > current.Updated
                || (previous.Updated == current.Updated && string.CompareOrdinal(previous.Own, current.Own) >= 0),
                $"Entry {i} ({current}) is newer than entry {i - 1} ({previous})");
        }
        // In the first release nothing has been corrected: every entry is dated by the dataset's as_of.
        Assert.All(keys, k => Assert.Equal(DateTimeOffset.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture), k.Updated));
    }

    [Fact]
    public async Task A_case_feed_holds_only_that_cases_events_and_rulings()
    {
        var root = Atom.Root(await GetFeedAsync("/feeds/cases/ctr-v-irs.atom"));
        var timeline = factory.Services.GetRequiredService<TimelineQueries>();
        var caseEvents = (await timeline.ForCaseAsync("ctr-v-irs", cancellationToken: TestContext.Current.CancellationToken)).ToList();
        var rulings = await factory.Services.GetRequiredService<CaseQueries>().GetRulingsAsync("ctr-v-irs", cancellationToken: TestContext.Current.CancellationToken);

        var ids = Atom.Entries(root).Select(e => Atom.Text(e, "id")).ToList();

        var expected = caseEvents.Where(e => e.RulingId is null).Select(e => $"http://localhost/events/{e.Id}")
            .Concat(rulings.Select(r => $"http://localhost/cases/ctr-v-irs#{r.Id}"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal("http://localhost/cases/ctr-v-irs", Atom.Link(root, "alternate"));
        Assert.Contains("CTR v. IRS", Atom.Text(root, "title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/cases/no-such-case.atom")]
    [InlineData("/feeds/cases/CTR-V-IRS.atom")]
    [InlineData("/feeds/cases/..%2F..%2Fetc%2Fpasswd.atom")]
    [InlineData("/feeds/cases/ctr-v-irs.rss")]
    public async Task An_unknown_case_feed_is_404(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_feed_answers_head_requests_like_get()
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feeds/updates.atom"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_feed_is_byte_for_byte_the_same_on_every_request()
    {
        var first = await GetFeedAsync("/feeds/updates.atom");
        var second = await GetFeedAsync("/feeds/updates.atom");

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("/feeds/updates.atom")]
    [InlineData("/feeds/cases/ctr-v-irs.atom")]
    [InlineData("/feeds/cases/no-such-case.atom")]
    [InlineData("/corrections")]
    [InlineData("/events/2025-02-17-ctr-v-irs-filed")]
    [InlineData("/events/no-such-event")]
    public async Task The_new_routes_set_no_cookie(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    /// <summary>Each entry's own date (event, ruling), as a sort key, keyed by the path of its page.</summary>
    private async Task<Dictionary<string, string>> OwnDatesAsync()
    {
        var events = await factory.Services.GetRequiredService<TimelineQueries>().SearchAsync(new TimelineFilter { PageSize = 1000 }, cancellationToken: TestContext.Current.CancellationToken);
        var rulings = await factory.Services.GetRequiredService<CaseQueries>().GetRulingsAsync(null, cancellationToken: TestContext.Current.CancellationToken);
        return events.Events.Select(e => ($"/events/{e.Id}", SortKey(e.OccurredOn.ToString())))
            .Concat(rulings.Select(r => ($"/cases/{r.CaseId}#{r.Id}", SortKey(r.DecidedOn.ToString()))))
            .ToDictionary(p => p.Item1, p => p.Item2);
    }

    /// <summary>A month or year sorts at the middle of its period, as on the timeline.</summary>
    private static string SortKey(string iso) => iso.Length switch
    {
        7 => iso + "-15",
        4 => iso + "-07-01",
        _ => iso,
    };
}
