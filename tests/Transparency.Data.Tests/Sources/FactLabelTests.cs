using Dapper;
using Transparency.Data.Building;
using Transparency.Data.Sources;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Sources;

public sealed class FactLabelTests : IDisposable
{
    private static readonly CitedSource Docket = new("clearinghouse", SourceTier.PrimaryDocument, SourceKind.CourtRecord, "Civil Rights Litigation Clearinghouse", null);
    private static readonly CitedSource Crs = new("crs", SourceTier.OfficialRecord, SourceKind.Government, "Congressional Research Service", null);
    private static readonly CitedSource Report = new("tr", SourceTier.OriginalReporting, SourceKind.News, "Thomson Reuters Tax", null);
    private static readonly CitedSource Copy = new("kvia", SourceTier.Republication, SourceKind.Aggregator, "KVIA", "CNN");
    private static readonly CitedSource Mirror = new("oldzero", SourceTier.Aggregator, SourceKind.Aggregator, "oldzero.com", null);

    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    public static TheoryData<Basis, string, string> Labels() => new()
    {
        { Basis.CourtRecord, "clearinghouse", "Court record" },
        { Basis.CourtRecord, "crs", "From a court record; we link Congressional Research Service's account of it, not the document" },
        { Basis.CourtRecord, "tr", "From a court record; we link the Thomson Reuters Tax report of it, not the document" },
        { Basis.CourtRecord, "kvia", "From a court record; we link a copy (KVIA) of the CNN report of it" },
        { Basis.OfficialRecord, "crs", "Official record" },
        { Basis.OfficialRecord, "tr", "From an official statement; we link the Thomson Reuters Tax report of it, not the document" },
        { Basis.Reporting, "tr", "Reported by Thomson Reuters Tax" },
        { Basis.Reporting, "kvia", "Reported by CNN; we link only a copy (KVIA)" },
        { Basis.AggregatorOnly, "oldzero", "Only an aggregator (oldzero.com); no original source found" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void A_label_says_what_the_fact_rests_on_and_what_we_link(Basis basis, string sourceId, string label)
    {
        var source = new[] { Docket, Crs, Report, Copy, Mirror }.Single(s => s.Id == sourceId);

        Assert.Equal(label, FactLabel.Describe(basis, source, sourcesConflict: false, Language.En));
    }

    [Fact]
    public void Court_record_alone_appears_only_where_a_court_document_is_linked()
    {
        var notCourt = new CitedSource("tigta", SourceTier.PrimaryDocument, SourceKind.Government, "TIGTA", null);
        foreach (var source in new[] { Crs, Report, Copy, notCourt })
        {
            var label = FactLabel.Describe(Basis.CourtRecord, source, false, Language.En);
            Assert.NotEqual("Court record", label);
            Assert.Contains("not the document", label.Replace("a copy", "not the document", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        Assert.Equal("Court record; sources conflict", FactLabel.Describe(Basis.CourtRecord, Docket, true, Language.En));
        Assert.Equal("Expediente judicial; las fuentes no coinciden", FactLabel.Describe(Basis.CourtRecord, Docket, true, Language.Es));
    }

    [Fact]
    public void An_outlet_whose_name_begins_with_the_is_not_given_a_second_the()
    {
        var lawyer = new CitedSource("il", SourceTier.OriginalReporting, SourceKind.News, "The Indiana Lawyer", null);

        Assert.Equal("From a court record; we link The Indiana Lawyer report of it, not the document", FactLabel.Describe(Basis.CourtRecord, lawyer, false, Language.En));
    }

    [Fact]
    public void The_best_source_is_the_best_tier_then_the_first_cited()
    {
        Assert.Equal("tr", FactLabel.Best([Copy, Report, Mirror]).Id);
        Assert.Equal("kvia", FactLabel.Best([Mirror, Copy]).Id);
        Assert.Equal("clearinghouse", FactLabel.Best([Report, Crs, Docket]).Id);
    }

    [Fact]
    public void The_builder_stores_one_label_per_fact_and_the_figure_reads_as_its_preferred_value()
    {
        _data.Build();
        using var connection = DatasetBuilder.OpenReadOnly(_data.DatabasePath);

        // The fixture's CTR filing cites the Clearinghouse docket page: "Court record". Its ICE request of
        // February 2025 rests on the administrative record but links only reporting.
        Assert.Equal("Court record", connection.QuerySingle<string>("SELECT label FROM fact_labels WHERE subject = 'event' AND id = '2025-02-17-ctr-v-irs-filed'"));
        Assert.Equal("From a court record; we link the TaxCoda report of it, not the document",
            connection.QuerySingle<string>("SELECT label FROM fact_labels WHERE subject = 'event' AND id = '2025-02-ice-asks-irs-for-700000-addresses'"));
        var figure = connection.QuerySingle<(string Label, long Conflict)>("SELECT label, sources_conflict FROM fact_labels WHERE subject = 'figure' AND id = 'addresses-disclosed'");
        var preferred = connection.QuerySingle<string>(
            "SELECT l.label FROM figure_values v JOIN fact_labels l ON l.subject = 'figure-value' AND l.id = v.id WHERE v.figure_id = 'addresses-disclosed' AND v.is_preferred = 1");
        Assert.Equal((preferred + "; sources conflict", 1L), figure);
        Assert.Equal(133, connection.QuerySingle<long>("SELECT SUM(facts) FROM tier_counts"));
    }

    [Fact]
    public void A_fact_whose_only_sources_are_aggregators_must_say_so()
    {
        // Event 19 (De Mello pushed out) cites two copies; make both plain aggregators.
        var (_, rows) = _data.Read("sources");
        foreach (var id in new[] { "propublica-via-gokawiil", "techstory-irs-ice-access" })
        {
            _data.SetField("sources", rows.FindIndex(r => r[0] == id), "tier", "aggregator");
        }

        var errors = _data.BuildFails().Errors;

        // Every fact that now cites only aggregators is reported, each at its own basis cell.
        Assert.Equal([("events.csv", 21), ("events.csv", 24), ("figure_values.csv", 8)], errors.Select(e => (e.File, e.Line)));
        Assert.All(errors, e => Assert.Equal("basis", e.ColumnName));
        var error = errors[0];
        Assert.Equal(19, error.Column);
        Assert.StartsWith("'2025-06-27-de-mello-pushed-out' cites only aggregators (propublica-via-gokawiil, techstory-irs-ice-access)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_labelled_aggregator_only_may_not_cite_anything_better()
    {
        var (line, column) = _data.SetField("events", 3, "basis", "aggregator-only");

        var error = Assert.Single(_data.BuildFails().Errors);

        Assert.Equal(("events.csv", line, column), (error.File, error.Line, error.Column));
        Assert.Contains("has basis aggregator-only but cites 'wapo-via-spokesman', which is original-reporting", error.Message, StringComparison.Ordinal);
    }
}
