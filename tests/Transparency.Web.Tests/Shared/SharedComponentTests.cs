using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Transparency.Data.Cases;
using Transparency.Data.Figures;
using Transparency.Data.Requests;
using Transparency.Data.Sources;
using Transparency.Web.Components.Shared;
using Transparency.Data.Values;

namespace Transparency.Web.Tests.Shared;

public sealed class SharedComponentTests : BunitContext
{
    public SharedComponentTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static SourceRef Source(string id, string label = "Thomson Reuters Tax") => new()
    {
        SubjectId = "s",
        Id = id,
        Label = label,
        Publisher = "tax.thomsonreuters.com",
        Tier = SourceTier.OriginalReporting,
        Url = $"https://example.org/{id}",
        Kind = SourceKind.News,
    };

    private static RequestBatch Batch(string id, double requested, double? disclosed, RequestOutcome outcome) => new()
    {
        Id = id,
        Label = id,
        RequesterId = "ice",
        Requester = "ICE",
        RecipientId = "irs",
        Recipient = "IRS",
        RequestedOn = PartialDate.Parse("2025-06-05"),
        RequestedFigureId = id + "-figure",
        Requested = requested,
        RequestedText = requested.ToString("#,0", Display.Culture),
        RequestedUnit = "people",
        DisclosedFigureId = disclosed is null ? null : "addresses-disclosed",
        Disclosed = disclosed,
        DisclosedText = disclosed?.ToString("#,0", Display.Culture),
        DisclosedOn = disclosed is null ? null : PartialDate.Parse("2025-08-07"),
        Outcome = outcome,
        OutcomeSummary = "summary",
        Sourcing = "Court record",
        BestTier = SourceTier.PrimaryDocument,
    };

    [Fact]
    public void A_sourcing_label_is_text_linked_to_how_labels_work()
    {
        var label = "From a court record; we link the Fox News report of it, not the document; sources conflict";
        var cut = Render<SourcingLabel>(ps => ps.Add(p => p.Label, label).Add(p => p.Tier, SourceTier.OriginalReporting).Add(p => p.Note, "two dates"));

        var link = cut.Find("a");
        Assert.Equal("/methodology#labels", link.GetAttribute("href"));
        Assert.Equal(label, link.TextContent);
        Assert.Contains("tier-original-reporting", link.ClassName, StringComparison.Ordinal);
        Assert.Contains("(two dates)", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-17", "17 Feb 2025")]
    [InlineData("2025-02", "Feb 2025")]
    [InlineData("2026", "2026")]
    public void A_date_is_never_shown_more_precisely_than_its_source(string iso, string shown)
    {
        var cut = Render<DateText>(ps => ps.Add(p => p.Date, PartialDate.Parse(iso)));

        var time = cut.Find("time");
        Assert.Equal(iso, time.GetAttribute("datetime"));
        Assert.Equal(shown, time.TextContent);
    }

    [Fact]
    public void A_conflicting_date_shows_both_dates_and_a_derived_date_says_so()
    {
        var cut = Render<DateText>(ps => ps
            .Add(p => p.Date, PartialDate.Parse("2025-06-27"))
            .Add(p => p.Alt, PartialDate.Parse("2025-08-06"))
            .Add(p => p.Derived, true));

        Assert.Equal(["27 Jun 2025", "6 Aug 2025"], cut.FindAll("time").Select(t => t.TextContent));
        Assert.Contains("(derived)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_card_has_title_takeaway_chart_table_sources_label_and_as_of()
    {
        RenderFragment chart = b => b.AddMarkupContent(0, "<svg role=\"img\"></svg>");
        RenderFragment table = b => b.AddMarkupContent(0, "<table><tr><td>47,289</td></tr></table>");

        var cut = Render<ChartCard>(ps => ps
            .Add(p => p.Id, "funnel").Add(p => p.Title, "Requested versus disclosed")
            .Add(p => p.Takeaway, "One request was partly fulfilled.")
            .Add(p => p.Chart, chart).Add(p => p.Table, table)
            .Add(p => p.Sources, [Source("tr")]).Add(p => p.Sourcing, "Each row has its own sources and label, in the table")
            .Add(p => p.AsOf, "2026-06-09"));

        Assert.Equal("funnel-title", cut.Find("section").GetAttribute("aria-labelledby"));
        Assert.Equal("Requested versus disclosed", cut.Find("h2#funnel-title").TextContent);
        Assert.Contains("One request was partly fulfilled.", cut.Find("header").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("figure svg[role=img]"));
        Assert.Equal("47,289", cut.Find(".chart-table td").TextContent);
        Assert.Equal("https://example.org/tr", cut.Find("footer a[rel=noreferrer]").GetAttribute("href"));
        Assert.Equal("Each row has its own sources and label, in the table", cut.Find("footer a[href='/methodology#labels']").TextContent);
        Assert.Equal("2026-06-09", cut.Find("footer time").GetAttribute("datetime"));
    }

    [Fact]
    public void The_funnel_chart_names_itself_and_labels_every_bar_with_its_number()
    {
        IReadOnlyList<RequestBatch> batches = [Batch("first", 7_600_000, null, RequestOutcome.Rejected), Batch("narrowed", 1_280_000, 47_289, RequestOutcome.PartlyFulfilled)];

        var cut = Render<RequestFunnelChart>(ps => ps.Add(p => p.Id, "f").Add(p => p.Title, "Funnel").Add(p => p.Batches, batches));

        var svg = cut.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("f-svg-title f-svg-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Funnel", cut.Find("svg > title").TextContent);
        Assert.Contains("47,289 disclosed on 7 Aug 2025", cut.Find("svg > desc").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("rect.bar-requested").Count);
        Assert.Single(cut.FindAll("rect.bar-disclosed"));
        var texts = cut.FindAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains(texts, t => t.EndsWith(": 7,600,000 requested", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("None disclosed", StringComparison.Ordinal));
        Assert.Contains("47,289 disclosed · 3.7% of the request", texts);
        // Linear scale, in percent of the column (no viewBox, so the text is never scaled): the largest request
        // spans the full width; 47,289 is a 3-pixel sliver, annotated with its share.
        Assert.Null(svg.GetAttribute("viewBox"));
        var widths = cut.FindAll("rect").Select(r => r.GetAttribute("width")).ToList();
        Assert.Contains("100%", widths);
        Assert.Contains("3", widths);
    }

    [Fact]
    public void The_rulings_chart_draws_a_row_per_case_with_every_ruling_labelled_by_date_kind_and_effect()
    {
        IReadOnlyList<Ruling> rulings =
        [
            Ruling("pi", "centro", "2025-05-12", RulingKind.PreliminaryInjunction, RulingOutcome.Denied, RulingEffect.Allowed),
            Ruling("appeal", "centro", "2026-02-24", RulingKind.AppealOpinion, RulingOutcome.Affirmed, RulingEffect.Allowed),
            Ruling("stay", "ctr-v-irs", "2025-11-21", RulingKind.StayAndPreliminaryInjunction, RulingOutcome.GrantedInPart, RulingEffect.Blocked),
            Ruling("indicative", "ctr-v-irs", "2026-02", RulingKind.IndicativeRuling, RulingOutcome.Indicated, RulingEffect.Procedural),
            // The effect is the data's, not derived from kind and outcome: an indicative ruling can find disclosures unlawful.
            Ruling("opinion", "ctr-v-irs", "2026-02-26", RulingKind.IndicativeRuling, RulingOutcome.Indicated, RulingEffect.FoundUnlawful),
        ];

        var cut = Render<RulingsChart>(ps => ps.Add(p => p.Id, "r").Add(p => p.Title, "Rulings").Add(p => p.Rulings, rulings));

        Assert.Equal(2, cut.FindAll(".rulings-case").Count);
        var labels = cut.FindAll(".rulings-labels li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, labels.Count);
        Assert.StartsWith("12 May 2025 · Preliminary injunction: denied · Let the sharing go on", labels[0].Trim(), StringComparison.Ordinal);
        Assert.Contains("Appeal: affirmed · Let the sharing go on (reviews the ruling of 12 May 2025)", labels[1], StringComparison.Ordinal);
        Assert.Contains("Stay and injunction: granted in part · Blocked or limited it", labels[2], StringComparison.Ordinal);
        Assert.Contains("Feb 2026 · Indicative ruling · Procedural step", labels[3], StringComparison.Ordinal);
        Assert.Contains("Indicative ruling · Found it broke the law", labels[4], StringComparison.Ordinal);
        Assert.Equal(["mark mark-allowed", "mark mark-allowed", "mark mark-blocked", "mark mark-procedural", "mark mark-unlawful"],
            cut.FindAll(".rulings-track .mark").Select(m => m.GetAttribute("class")));
        // The appeal is drawn linked to the ruling it reviews; the legend names every effect in words.
        Assert.Single(cut.FindAll(".rulings-appeal-link"));
        Assert.Equal(4, cut.FindAll(".rulings-legend li").Count);
        Assert.Contains("Let the sharing go on", cut.Find(".rulings-legend").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_values_are_listed_side_by_side_with_one_marked_preferred()
    {
        IReadOnlyList<FigureValue> values =
        [
            Value("sworn", "47,289", true),
            Value("fedscoop", "47,489", false),
        ];

        var cut = Render<ReportedValuesTable>(ps => ps.Add(p => p.Values, values).Add(p => p.Caption, "Addresses disclosed"));

        Assert.Equal(["47,289", "47,489"], cut.FindAll("tbody .value-text").Select(v => v.TextContent));
        Assert.Single(cut.FindAll(".preferred-badge"));
        Assert.Equal("sworn", cut.Find(".preferred-badge").Closest("tr")!.Id);
    }

    [Fact]
    public void Text_from_the_data_is_always_encoded()
    {
        var cut = Render<SourceLinks>(ps => ps.Add(p => p.Sources, [Source("x", "<script>alert(1)</script>")]));

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    private static Ruling Ruling(string id, string caseId, string date, RulingKind kind, RulingOutcome outcome, RulingEffect effect) => new()
    {
        Id = id,
        CaseId = caseId,
        CaseShortName = caseId,
        DecidedOn = PartialDate.Parse(date),
        Court = "D.D.C.",
        Judges = "Kollar-Kotelly",
        Kind = kind,
        Outcome = outcome,
        Effect = effect,
        Title = id,
        Summary = "summary",
        Sourcing = "Court record",
        BestTier = SourceTier.PrimaryDocument,
    };

    private static FigureValue Value(string id, string text, bool preferred) => new()
    {
        Id = id,
        FigureId = "addresses-disclosed",
        ValueText = text,
        Qualifier = Qualifier.Exact,
        StatedBy = "someone",
        CountsWhat = "addresses",
        IsPreferred = preferred,
        Sourcing = "Court record",
        BestTier = SourceTier.PrimaryDocument,
        Sources = [Source(id)],
    };
}
