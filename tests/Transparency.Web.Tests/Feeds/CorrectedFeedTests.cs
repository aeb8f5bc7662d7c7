using System.Globalization;

namespace Transparency.Web.Tests.Feeds;

public sealed class CorrectedFeedTests(CorrectedSiteFactory factory)
{
    private const string Base = CorrectedSiteFactory.PublicUrl;

    private async Task<string> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        return await client.GetStringAsync(path, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_correction_is_an_entry_and_redates_the_event_it_names()
    {
        var xml = await GetAsync("/feeds/updates.atom");
        var root = Atom.Root(xml);
        var entries = Atom.Entries(root);

        Assert.Equal("2026-07-01T00:00:00Z", Atom.Text(root, "updated"));
        var correction = entries[0];
        Assert.Equal($"{Base}/corrections#{CorrectedSiteFactory.CorrectionId}", Atom.Text(correction, "id"));
        Assert.Equal("2026-07-01T00:00:00Z", Atom.Text(correction, "updated"));
        Assert.Equal("correction", (string?)correction.Element(Atom.Ns + "category")?.Attribute("term"));
        Assert.Equal($"{Base}/events/{CorrectedSiteFactory.CorrectedEvent}", Atom.Link(correction, "related"));
        // Text from the data is escaped XML, and reads back exactly.
        Assert.Contains("Checked: <b>5%</b> & \"docket\"", Atom.Text(correction, "summary"), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;5%&lt;/b&gt; &amp;", xml, StringComparison.Ordinal);

        var corrected = entries[1];
        Assert.Equal($"{Base}/events/{CorrectedSiteFactory.CorrectedEvent}", Atom.Text(corrected, "id"));
        Assert.Equal("2026-07-01T00:00:00Z", Atom.Text(corrected, "updated"));
        Assert.Equal("2026-06-09T00:00:00Z", Atom.Text(corrected, "published"));
        Assert.All(entries.Skip(2), e => Assert.Equal("2026-06-09T00:00:00Z", Atom.Text(e, "updated")));
        Assert.Equal(56, Atom.Load(xml).Items.Count());
    }

    [Fact]
    public async Task A_correction_appears_in_the_feed_of_the_case_it_touches_only()
    {
        var ctr = Atom.Entries(Atom.Root(await GetAsync("/feeds/cases/ctr-v-irs.atom"))).Select(e => Atom.Text(e, "id")).ToList();
        var centro = Atom.Entries(Atom.Root(await GetAsync("/feeds/cases/centro-v-bessent.atom"))).Select(e => Atom.Text(e, "id")).ToList();

        Assert.Equal($"{Base}/corrections#{CorrectedSiteFactory.CorrectionId}", ctr[0]);
        Assert.DoesNotContain(centro, id => id.Contains("/corrections#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ids_and_links_use_the_configured_public_url_not_the_request_host()
    {
        var root = Atom.Root(await GetAsync("/feeds/updates.atom"));

        Assert.Equal($"{Base}/feeds/updates.atom", Atom.Text(root, "id"));
        Assert.Equal($"{Base}/feeds/updates.atom", Atom.Link(root, "self"));
        Assert.All(Atom.Entries(root), e => Assert.StartsWith(Base + "/", Atom.Text(e, "id"), StringComparison.Ordinal));
        var html = System.Net.WebUtility.HtmlDecode(await GetAsync("/events/" + CorrectedSiteFactory.CorrectedEvent));
        Assert.Contains($"{Base}/events/{CorrectedSiteFactory.CorrectedEvent}.", html, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.Parse("2026-07-01T00:00:00Z", CultureInfo.InvariantCulture), Atom.Updated(root));
    }
}
