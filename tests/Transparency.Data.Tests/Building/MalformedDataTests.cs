using System.Security.Cryptography;
using System.Text;
using Transparency.Data.Building;

namespace Transparency.Data.Tests.Building;

/// <summary>
/// A corpus of broken data sets: each is one named mutation of a copy of the real data/ folder and the exact
/// place (file, line, column) of the first problem the build must report. Lines and columns are the real
/// files': rows are one line each, so row N of a table sits on line N + 2.
/// </summary>
public sealed class MalformedDataTests(BaselineDatabase baseline) : IClassFixture<BaselineDatabase>
{
    public sealed record Case(Action<TestData> Mutate, string File, int Line, int Column, string Message);

    private static readonly Dictionary<string, Case> Corpus = new()
    {
        // CSV structure
        ["truncated mid-record"] = new(d =>
        {
            d.SetField("agencies", 10, "name", "Truncated agency");
            d.CutAfter("agencies.csv", "Truncated agency\"");
        }, "agencies.csv", 12, 4, "expected 5 fields, found 3: the row ends before column 'name_es'"),
        ["truncated mid-quoted-field"] = new(d =>
        {
            d.SetField("agencies", 10, "name", "Truncated agency");
            d.CutAfter("agencies.csv", "\"Trunc");
        }, "agencies.csv", 12, 3, "a quoted field is never closed"),
        ["header: renamed column"] = new(d => d.EditLine("agencies.csv", 1, _ => "id,abbreviation,title,name_es,parent_id"),
            "agencies.csv", 1, 3, "header column 3 is 'title' but schema.sql expects 'name'"),
        ["header: reordered columns"] = new(d => d.EditLine("agencies.csv", 1, _ => "id,abbreviation,name_es,name,parent_id"),
            "agencies.csv", 1, 3, "columns must be in the order of schema.sql"),
        ["header: missing column"] = new(d => d.EditLine("agencies.csv", 1, _ => "id,abbreviation,name,parent_id"),
            "agencies.csv", 1, 4, "the header is missing column 'name_es'"),
        ["header: extra column"] = new(d => d.EditLine("agencies.csv", 1, h => h + ",extra"),
            "agencies.csv", 1, 6, "the header has an extra column 'extra'"),
        ["header: a generated column"] = new(d => d.EditLine("events.csv", 1, h => h + ",sort_date"),
            "events.csv", 1, 22, "the header has column 'sort_date', which schema.sql computes from the other columns (GENERATED)"),
        ["row: extra field"] = new(d => d.EditLine("agencies.csv", 3, l => l + ",surplus"),
            "agencies.csv", 3, 6, "expected 5 fields, found 6"),
        ["row: missing field"] = new(d => d.EditLine("agencies.csv", 3, l => l[..l.LastIndexOf(',')]),
            "agencies.csv", 3, 5, "expected 5 fields, found 4"),
        ["quote: unclosed"] = new(d => File.AppendAllText(d.Path_("agencies.csv"), "\"broken,X,Broken agency,,\n"),
            "agencies.csv", 13, 1, "a quoted field is never closed"),
        ["quote: stray quote inside an unquoted field"] = new(d => d.EditLine("agencies.csv", 2, l => l.Replace("dhs,DHS,", "dhs,D\"HS,", StringComparison.Ordinal)),
            "agencies.csv", 2, 2, "a double quote inside an unquoted field"),
        ["quote: text after the closing quote"] = new(d => d.EditLine("agencies.csv", 2, l => l.Replace("dhs,DHS,", "dhs,\"DHS\"x,", StringComparison.Ordinal)),
            "agencies.csv", 2, 2, "unexpected character 'x' after a closing double quote"),
        ["encoding: UTF-8 byte-order mark"] = new(d => File.WriteAllBytes(d.Path_("sources.csv"), [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(d.Path_("sources.csv"))]),
            "sources.csv", 1, 1, "byte-order mark"),
        ["encoding: Latin-1 é"] = new(d => File.AppendAllText(d.Path_("agencies.csv"), "bad,B,Caf\u00e9,,\n", Encoding.Latin1),
            "agencies.csv", 13, 3, "not valid UTF-8"),
        ["empty file"] = new(d => File.WriteAllBytes(d.Path_("agencies.csv"), []),
            "agencies.csv", 1, 0, "the file is empty"),
        ["header only where a row is required (dataset.csv)"] = new(d => d.CutAfter("dataset.csv", "publisher\n"),
            "dataset.csv", 1, 0, "has a header but no row"),
        ["10 MB field"] = new(d => d.SetField("events", 0, "summary", new string('x', 10 * 1024 * 1024)),
            "events.csv", 2, 11, "the value is 10,485,760 characters long"),
        ["blank line in the middle"] = new(d => d.EditLine("agencies.csv", 5, l => l + "\n"),
            "agencies.csv", 6, 0, "blank line"),
        ["mixed CRLF and LF line endings"] = new(d => d.EditLine("agencies.csv", 3, l => l + "\r"),
            "agencies.csv", 3, 0, "this line ends with CRLF but line 1 ends with LF"),
        ["bare carriage return"] = new(d => d.EditLine("agencies.csv", 3, l => l.Replace("ice,ICE,", "ice,ICE\r,", StringComparison.Ordinal)),
            "agencies.csv", 3, 2, "a bare carriage return"),
        ["missing CSV file"] = new(d => File.Delete(d.Path_("agencies.csv")),
            "agencies.csv", 0, 0, "missing: every table in schema.sql needs a CSV file"),

        // Types, required values, dates
        ["date: 2025-02-30"] = new(d => d.SetField("rulings", 0, "decided_on", "2025-02-30"),
            "rulings.csv", 2, 3, "'2025-02-30' is not a real calendar date"),
        ["date: 2025-13-01"] = new(d => d.SetField("events", 0, "occurred_on", "2025-13-01"),
            "events.csv", 2, 2, "'2025-13-01' is not a real calendar date"),
        ["date: month 2025-13"] = new(d => d.SetField("figure_values", 0, "as_of", "2025-13"),
            "figure_values.csv", 2, 7, "'2025-13' is not a real month"),
        ["date: wrong precision"] = new(d => d.SetField("events", 0, "occurred_on", "2025-02"),
            "events.csv", 2, 2, "'2025-02' does not fit precision 'day' (column 'precision'): a day is written YYYY-MM-DD"),
        ["date: not ISO 8601 (Feb 5 2025)"] = new(d => d.SetField("cases", 0, "filed_on", "Feb 5 2025"),
            "cases.csv", 2, 14, "'Feb 5 2025' does not fit precision 'day'"),
        ["date: precision without a date"] = new(d => d.SetField("sources", 0, "published_precision", "day"),
            "sources.csv", 2, 9, "'published_precision' is filled but 'published_on' is empty"),
        ["type: text in an INTEGER column"] = new(d => d.SetField("figures", 0, "sort_order", "first"),
            "figures.csv", 2, 12, "'first' is not a whole number; sort_order is an INTEGER column"),
        ["type: thousands separator in a REAL column"] = new(d => d.SetField("figure_values", 0, "value", "700,000"),
            "figure_values.csv", 2, 3, "'700,000' is not a number"),
        ["required value missing"] = new(d => d.SetField("events", 1, "title", ""),
            "events.csv", 3, 9, "a value is required here"),
        ["id that is not a slug"] = new(d => d.SetField("agencies", 6, "id", "Social_Security"),
            "agencies.csv", 8, 1, "'Social_Security' is not a valid id"),

        // Enumerations
        ["enum: category"] = new(d => d.SetField("events", 3, "category", "rumour"),
            "events.csv", 5, 13, "'rumour' is not one of filing, hearing, request, statement, disclosure, court-ruling, policy, agreement, oversight, correction, testimony"),
        ["enum: basis"] = new(d => d.SetField("events", 0, "basis", "likely"),
            "events.csv", 2, 19, "'likely' is not one of court-record, official-record, reporting, aggregator-only"),
        ["enum: tier"] = new(d => d.SetField("sources", 0, "tier", "wire"),
            "sources.csv", 2, 8, "'wire' is not one of primary-document, official-record, original-reporting, republication, aggregator"),
        ["enum: outcome"] = new(d => d.SetField("rulings", 0, "outcome", "tie"),
            "rulings.csv", 2, 13, "'tie' is not one of granted, granted-in-part, denied"),
        ["enum: status"] = new(d => d.SetField("cases", 0, "status", "won"),
            "cases.csv", 2, 20, "'won' is not one of relief-granted, relief-denied"),
        ["enum: kind"] = new(d => d.SetField("sources", 0, "kind", "tweet"),
            "sources.csv", 2, 7, "'tweet' is not one of news, court-record"),
        ["enum: qualifier"] = new(d => d.SetField("figure_values", 0, "qualifier", "roughly"),
            "figure_values.csv", 2, 6, "'roughly' is not one of exact, about, more-than"),
        ["enum: precision"] = new(d => d.SetField("events", 0, "precision", "daily"),
            "events.csv", 2, 3, "'daily' is not one of day, month, year"),

        // References and uniqueness
        ["reference: citation to an unknown source"] = new(d => d.SetField("citations", 0, "source_id", "no-such-source"),
            "citations.csv", 2, 1, "'no-such-source' does not exist in sources.csv"),
        ["reference: ruling to an unknown case"] = new(d => d.SetField("rulings", 0, "case_id", "no-such-case"),
            "rulings.csv", 2, 2, "'no-such-case' does not exist in cases.csv"),
        ["reference: event to an unknown case"] = new(d => d.SetField("events", 0, "case_id", "no-such-case"),
            "events.csv", 2, 14, "'no-such-case' does not exist in cases.csv"),
        ["reference: figure value to an unknown figure"] = new(d => d.SetField("figure_values", 0, "figure_id", "no-such-figure"),
            "figure_values.csv", 2, 2, "'no-such-figure' does not exist in figures.csv"),
        ["duplicate id"] = new(d => d.SetField("sources", 1, "id", d.Read("sources").Rows[0][0]),
            "sources.csv", 3, 1, "'clearinghouse-46138' is already used on line 2; id must be unique"),
        ["duplicate url"] = new(d => d.SetField("sources", 1, "url", d.Read("sources").Rows[0][5]),
            "sources.csv", 3, 6, "'https://clearinghouse.net/case/46138' is already used on line 2; url must be unique"),
        ["duplicate headline rank"] = new(d => d.SetField("figures", 4, "headline_rank", "1"),
            "figures.csv", 6, 8, "'1' is already used on line 5; headline_rank must be unique"),
        ["duplicate row: citations"] = new(d => File.AppendAllText(d.Path_("citations.csv"), d.ReadText("citations.csv").Split('\n')[1] + "\n"),
            "citations.csv", 420, 0, "duplicate row: identical to line 2"),
        ["duplicate row: figure_mentions"] = new(d => File.AppendAllText(d.Path_("figure_mentions.csv"), d.ReadText("figure_mentions.csv").Split('\n')[1] + "\n"),
            "figure_mentions.csv", 60, 0, "duplicate row: identical to line 2"),
        ["guide question on a second row"] = new(d => { d.SetField("guide", 1, "heading", "And then?"); d.SetField("guide", 1, "heading_es", "¿Y luego?"); },
            "guide.csv", 3, 4, "'what-ice-asked-for' is not the first row of section 'shared' ('who-was-asked-about' is): only the first row carries the question"),
        ["guide section without its question"] = new(d => { d.SetField("guide", 0, "heading", ""); d.SetField("guide", 0, "heading_es", ""); },
            "guide.csv", 2, 4, "'who-was-asked-about' is the first row of section 'shared' and has no heading"),
        ["citation of two subjects at once"] = new(d => d.SetField("citations", 0, "event_id", "2025-02-17-ctr-v-irs-filed"),
            "citations.csv", 2, 5, "exactly one of event_id, figure_value_id, request_batch_id, case_id, ruling_id, unknown_id, guide_id must be filled; this row fills event_id and case_id"),

        // Numbers
        ["negative count"] = new(d => d.SetField("figure_values", 0, "value", "-5"),
            "figure_values.csv", 2, 3, "'-5' is negative; value cannot be below 0"),
        ["disclosed more than requested"] = new(d => d.SetField("figure_values", 13, "value", "2000000"),
            "request_batches.csv", 5, 13, "more was disclosed than requested: the preferred value of 'addresses-disclosed' is 2,000,000 (figure_values.csv line 15) but that of 'narrowed-request' is 1,280,000 (figure_values.csv line 9)"),

        // Text
        ["leading whitespace"] = new(d => d.SetField("agencies", 0, "name", " U.S. Department of Homeland Security"),
            "agencies.csv", 2, 3, "has leading or trailing whitespace"),
        ["trailing whitespace"] = new(d => d.SetField("events", 0, "title", "Center for Taxpayer Rights v. IRS filed "),
            "events.csv", 2, 9, "has leading or trailing whitespace"),
        ["control character (tab) in a field"] = new(d => d.SetField("events", 0, "summary", "Four groups sued\tthe Treasury."),
            "events.csv", 2, 11, "contains a control character (a tab)"),
        ["URL that is not absolute"] = new(d => d.SetField("sources", 0, "url", "clearinghouse.net/case/46138"),
            "sources.csv", 2, 6, "is not an absolute http(s) URL with a host"),
        ["license URL over plain http"] = new(d => d.SetField("dataset", 0, "license_url", "http://creativecommons.org/licenses/by/4.0/"),
            "dataset.csv", 2, 12, "must be an https:// URL"),

        // Provenance
        ["two preferred values for one figure"] = new(d => d.SetField("figure_values", 1, "is_preferred", "1"),
            "figure_values.csv", 3, 13, "figure 'ice-first-request' already has a preferred value on line 2"),
        ["figure without a preferred value"] = new(d => d.SetField("figure_values", 0, "is_preferred", "0"),
            "figures.csv", 2, 1, "figure 'ice-first-request' has no preferred value"),
        ["uncited event"] = new(d =>
        {
            var row = d.Read("events").Rows[0].ToList();
            row[0] = "2025-02-17-an-uncited-event";
            d.AddRow("events", d.Read("events").Header.Zip(row).ToDictionary(p => p.First, p => p.Second));
        }, "events.csv", 57, 1, "'2025-02-17-an-uncited-event' has no citation"),
        ["quote source not cited"] = new(d => d.SetField("rulings", 0, "quote_source_id", "clearinghouse-46138"),
            "rulings.csv", 2, 20, "quotes source 'clearinghouse-46138' but does not cite it"),
        ["README: undocumented column"] = new(d => File.WriteAllLines(d.Path_("README.md"), File.ReadAllLines(d.Path_("README.md")).Where(l => !l.StartsWith("| `actors_es` |", StringComparison.Ordinal))),
            "README.md", ReadmeLine("### `events`"), 0, "column events.actors_es is not documented"),
        ["README: column documented with the wrong type"] = new(d => d.EditLine("README.md", ReadmeLine("| `date_derived` |"), l => l.Replace("| INTEGER |", "| TEXT |", StringComparison.Ordinal)),
            "README.md", ReadmeLine("| `date_derived` |"), 0, "says events.date_derived is TEXT but schema.sql declares it INTEGER"),
        ["README: missing"] = new(d => File.Delete(d.Path_("README.md")),
            "README.md", 0, 0, "missing: the data dictionary"),
    };

    public static TheoryData<string> Names => new(Corpus.Keys);

    /// <summary>The README's own line for a heading or row: prose above the tables changes more often than the data.</summary>
    public static int ReadmeLine(string prefix) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(TestRepository.PublishedDataDirectory, "README.md")), l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_corpus_holds_at_least_forty_malformed_data_sets() => Assert.True(Corpus.Count >= 40, $"{Corpus.Count} cases");

    [Theory]
    [MemberData(nameof(Names))]
    public void A_malformed_data_set_is_refused_at_its_exact_place_and_the_previous_database_survives(string name)
    {
        var expected = Corpus[name];
        using var data = new TestData();
        baseline.CopyTo(data.DatabasePath);
        expected.Mutate(data);

        var errors = data.BuildFails().Errors;

        var first = errors[0];
        Assert.Equal((expected.File, expected.Line, expected.Column), (first.File, first.Line, first.Column));
        Assert.Contains(expected.Message, first.Message, StringComparison.Ordinal);
        Assert.Equal(SHA256.HashData(baseline.Bytes), SHA256.HashData(File.ReadAllBytes(data.DatabasePath)));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(data.DatabasePath)!, "*.tmp"));
        // validate refuses exactly what build refuses.
        Assert.Equal(errors, DatasetBuilder.Validate(data.DataDirectory).Errors);
    }
}
