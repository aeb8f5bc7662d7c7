using Bunit;
using Transparency.Data.Sources;
using Transparency.Web.Components.Shared;
using Transparency.Data.Values;
using Transparency.Web.Localization;

namespace Transparency.Web.Tests.Shared;

public sealed class CiteThisTests : BunitContext
{
    private static SourceRef Source(string id, string label, SourceTier tier = SourceTier.OriginalReporting) => new()
    {
        SubjectId = "s",
        Id = id,
        Label = label,
        Publisher = "publisher",
        Tier = tier,
        OriginalOutlet = tier == SourceTier.Republication ? "CNN" : null,
        Url = $"https://example.org/{id}",
        Kind = SourceKind.News,
    };

    private IRenderedComponent<CiteThis> RenderCitation(string title, IReadOnlyList<SourceRef>? sources = null) => Render<CiteThis>(ps => ps
        .Add(p => p.Key, "2025-02-17-ctr-v-irs-filed")
        .Add(p => p.Title, title)
        .Add(p => p.Url, "https://transparency.example.org/events/2025-02-17-ctr-v-irs-filed")
        .Add(p => p.Version, "1.0.0")
        .Add(p => p.AsOf, "2026-06-09")
        .Add(p => p.Publisher, "Transparency")
        .Add(p => p.Sources, sources ?? [Source("tr", "Thomson Reuters Tax: judge declines"), Source("fs", "FedScoop: records")]));

    [Fact]
    public void The_citation_names_the_version_the_permanent_url_and_the_sources_inside_a_closed_details()
    {
        var cut = RenderCitation("Center for Taxpayer Rights v. IRS filed");

        var details = cut.Find("details.cite-this");
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("Cite this", cut.Find("details > summary").TextContent);
        Assert.Equal(
            "Transparency (2026). \"Center for Taxpayer Rights v. IRS filed.\" Dataset version 1.0.0, facts as of 2026-06-09. "
            + "https://transparency.example.org/events/2025-02-17-ctr-v-irs-filed. Sources: Thomson Reuters Tax: judge declines; FedScoop: records.",
            cut.Find("p.citation").TextContent);
        // Deterministic: no access date.
        Assert.DoesNotContain("Accessed", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bibtex_entry_is_a_misc_entry_with_every_field()
    {
        var cut = RenderCitation("Center for Taxpayer Rights v. IRS filed");

        var bibtex = cut.Find("pre.bibtex > code").TextContent;
        Assert.StartsWith("@misc{transparency-2025-02-17-ctr-v-irs-filed,\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  author  = {{Transparency}},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  title   = {{Center for Taxpayer Rights v. IRS filed}},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  year    = {2026},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  version = {1.0.0},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  url     = {https://transparency.example.org/events/2025-02-17-ctr-v-irs-filed},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  note    = {Dataset version 1.0.0, facts as of 2026-06-09. Sources: Thomson Reuters Tax: judge declines; FedScoop: records.},\n", bibtex, StringComparison.Ordinal);
        Assert.EndsWith("\n}", bibtex, StringComparison.Ordinal);
    }

    [Fact]
    public void Bibtex_special_characters_are_escaped_and_braces_stay_balanced()
    {
        var cut = RenderCitation("Fees & 5% cuts {draft #1} of $2_000 ~ ^ \\ }", [Source("x", "Tax & Law: 100% {sure}")]);

        var bibtex = cut.Find("pre.bibtex > code").TextContent;
        Assert.Contains(
            @"title   = {{Fees \& 5\% cuts \textbraceleft{}draft \#1\textbraceright{} of \$2\_000 \textasciitilde{} \textasciicircum{} \textbackslash{} \textbraceright{}}},",
            bibtex, StringComparison.Ordinal);
        Assert.Contains(@"Source: Tax \& Law: 100\% \textbraceleft{}sure\textbraceright{}.}", bibtex, StringComparison.Ordinal);
        var depth = 0;
        foreach (var ch in bibtex)
        {
            depth += ch switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth >= 0, "A closing brace with no opening one");
        }
        Assert.Equal(0, depth);
        // The plain citation is plain text: no escaping, and HTML-encoded in the markup.
        Assert.Contains("\"Fees & 5% cuts {draft #1} of $2_000 ~ ^ \\ }.\"", cut.Find("p.citation").TextContent, StringComparison.Ordinal);
        Assert.Contains("Fees &amp; 5% cuts", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_ending_in_a_question_mark_gets_no_extra_full_stop_and_no_sources_means_no_sources_sentence()
    {
        var cut = RenderCitation("Who asked?", []);

        var citation = cut.Find("p.citation").TextContent;
        Assert.Contains("\"Who asked?\" Dataset", citation, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", citation, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", cut.Find("pre.bibtex").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_odd_key_still_makes_a_valid_bibtex_key()
    {
        var cut = Render<CiteThis>(ps => ps
            .Add(p => p.Key, "a b,c{d}")
            .Add(p => p.Title, "t").Add(p => p.Url, "https://x.example/a b{c}").Add(p => p.Version, "1.0.0")
            .Add(p => p.AsOf, "2026-06-09").Add(p => p.Publisher, "Transparency").Add(p => p.Sources, []));

        var bibtex = cut.Find("pre.bibtex > code").TextContent;
        Assert.StartsWith("@misc{transparency-a-b-c-d-,", bibtex, StringComparison.Ordinal);
        Assert.Contains("url     = {https://x.example/a%20b%7Bc%7D},", bibtex, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_many_sources_the_citation_names_the_best_two_best_tier_first()
    {
        var cut = RenderCitation("t",
        [
            Source("copy", "KVIA: CNN report", SourceTier.Republication),
            Source("fox", "Fox News: judge blocks", SourceTier.OriginalReporting),
            Source("docket", "Clearinghouse: docket", SourceTier.PrimaryDocument),
            Source("agg", "Aggregator: summary", SourceTier.Aggregator),
            Source("doj", "DOJ: statement", SourceTier.OfficialRecord),
        ]);

        Assert.EndsWith(" Sources: Clearinghouse: docket; DOJ: statement.", cut.Find("p.citation").TextContent, StringComparison.Ordinal);
        Assert.Contains("Sources: Clearinghouse: docket; DOJ: statement.}", cut.Find("pre.bibtex").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Fox News", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SourceTier.OriginalReporting, SourceTier.Republication, "fox")]
    [InlineData(SourceTier.PrimaryDocument, SourceTier.Aggregator, "fox")]
    [InlineData(SourceTier.Republication, SourceTier.Republication, "fox,copy")]
    [InlineData(SourceTier.Aggregator, SourceTier.Aggregator, "fox,copy")]
    [InlineData(SourceTier.PrimaryDocument, SourceTier.OriginalReporting, "fox,copy")]
    public void A_copy_or_an_aggregator_is_cited_second_only_when_nothing_better_came_first(SourceTier first, SourceTier second, string cited)
    {
        var sources = new[] { Source("fox", "first", first), Source("copy", "second", second), Source("third", "third", SourceTier.Aggregator) };

        Assert.Equal(cited.Split(','), CiteThis.CitedSources(sources).Select(s => s.Id));
    }

    [Fact]
    public void One_cited_source_is_introduced_as_one_source_in_both_languages()
    {
        var sources = new[] { Source("fox", "Fox News: judge blocks"), Source("copy", "KVIA: CNN report", SourceTier.Republication) };

        Assert.EndsWith(" Source: Fox News: judge blocks.", RenderCitation("t", sources).Find("p.citation").TextContent, StringComparison.Ordinal);
        (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (Languages.Spanish, Languages.Spanish);
        Assert.EndsWith(" Fuente: Fox News: judge blocks.", RenderCitation("t", sources).Find("p.citation").TextContent, StringComparison.Ordinal);
    }
}
