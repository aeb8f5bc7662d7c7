using Transparency.Data.Documents;
using Transparency.Data.Values;

namespace Transparency.Data.Tests.Documents;

public sealed class DocumentQueriesTests(BuiltDatabase db) : IClassFixture<BuiltDatabase>
{
    private readonly DocumentQueries _queries = new(db.Database);

    [Fact]
    public async Task Pages_of_documents_cover_every_document_once_in_their_order()
    {
        var all = await _queries.GetPageAsync(1, 100, cancellationToken: TestContext.Current.CancellationToken);
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await _queries.GetPageAsync(page, 3, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(all.Total, result.Total);
            if (result.Documents.Count == 0)
            {
                break;
            }
            ids.AddRange(result.Documents.Select(d => d.Id));
        }

        Assert.Equal(["ctr-26-5006-argument-transcript", "centro-2025-05-12-pi-order", "ctr-2025-11-21-stay-opinion", "irs-dhs-mou"], ids);
        Assert.Equal(4, all.Total);
    }

    [Fact]
    public async Task A_stored_document_has_its_source_its_docket_search_and_the_sources_of_the_event_it_records()
    {
        var transcript = (await _queries.GetPageAsync(1, 100, cancellationToken: TestContext.Current.CancellationToken)).Documents[0];

        Assert.Equal(DocumentKind.Transcript, transcript.Kind);
        Assert.False(transcript.ReferencedNotStored);
        Assert.Equal("aicourttranscripts-ctr-26-5006", transcript.SourceId);
        Assert.StartsWith("https://", transcript.SourceUrl, StringComparison.Ordinal);
        Assert.Equal(SourceTier.PrimaryDocument, transcript.SourceTier);
        Assert.Null(transcript.DatedOn);
        Assert.Equal("26-5006", transcript.Docket?.Number);
        Assert.Equal("U.S. Court of Appeals for the D.C. Circuit", transcript.Docket?.Court);
        Assert.Equal("https://www.courtlistener.com/?type=r&docket_number=26-5006&court=cadc", transcript.Docket?.CourtListenerSearchUrl);
        Assert.Equal("2026-dc-circuit-hears-ctr-appeal", transcript.EventId);
        Assert.False(string.IsNullOrEmpty(transcript.EventTitle));
        Assert.Equal(["aicourttranscripts-ctr-26-5006"], transcript.FactSources.Select(s => s.Id));
    }

    [Fact]
    public async Task A_referenced_document_has_the_reference_as_written_with_its_source_and_the_rulings_sources_best_first()
    {
        var order = (await _queries.GetPageAsync(1, 100, cancellationToken: TestContext.Current.CancellationToken)).Documents.Single(d => d.Id == "centro-2025-05-12-pi-order");

        Assert.True(order.ReferencedNotStored);
        Assert.Null(order.SourceUrl);
        Assert.Null(order.SourceTier);
        Assert.Equal("Dkt. 28", order.Reference);
        Assert.Equal("tr-judge-declines", order.ReferenceSourceId);
        Assert.StartsWith("https://", order.ReferenceSourceUrl, StringComparison.Ordinal);
        Assert.Equal(PartialDate.Parse("2025-05-12"), order.DatedOn);
        Assert.Equal(16, order.Pages);
        Assert.Null(order.Docket);
        Assert.Equal("centro-v-bessent", order.RulingCaseId);
        Assert.NotEmpty(order.FactSources);
        Assert.Equal(order.FactSources.OrderBy(s => (int)s.Tier).Select(s => s.Id), order.FactSources.Select(s => s.Id));
    }

    [Fact]
    public async Task Titles_court_names_and_notes_come_in_spanish_when_asked()
    {
        var documents = (await _queries.GetPageAsync(1, 100, Language.Es, TestContext.Current.CancellationToken)).Documents;

        Assert.Equal("Transcripción de los alegatos, Circuito de D.C., n.º 26-5006 (no oficial)", documents[0].Title);
        Assert.Equal("Tribunal de Apelaciones de EE. UU. para el Circuito de D.C.", documents[0].Docket?.Court);
        Assert.StartsWith("Transcripción automática", documents[0].Note, StringComparison.Ordinal);
    }
}
