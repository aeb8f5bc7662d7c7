using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Documents;

public sealed partial class DocumentsPageTests(SiteFactory factory)
{
    private async Task<(HttpStatusCode Status, IDocument Document)> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    private static string Fact(IElement document, string term) =>
        Squash(document.QuerySelectorAll("dt").Single(dt => dt.TextContent == term).NextElementSibling!.TextContent);

    [Fact]
    public async Task Every_document_is_listed_with_its_kind_case_court_date_reference_what_it_records_and_whether_we_link_it()
    {
        var (status, page) = await GetAsync("/documents");

        Assert.Equal(HttpStatusCode.OK, status);
        Headings.AssertInOrder(page);
        Assert.Equal(["ctr-26-5006-argument-transcript", "centro-2025-05-12-pi-order", "ctr-2025-11-21-stay-opinion", "irs-dhs-mou"],
            page.QuerySelectorAll("main li.document").Select(li => li.Id));

        var transcript = page.QuerySelector("li#ctr-26-5006-argument-transcript")!;
        Assert.Equal("Transcript · CTR v. IRS", Squash(transcript.QuerySelector(".document-kicker")!.TextContent));
        Assert.Equal("/cases/ctr-v-irs", transcript.QuerySelector(".document-kicker a")?.GetAttribute("href"));
        Assert.StartsWith("U.S. Court of Appeals for the D.C. Circuit, No. 26-5006", Fact(transcript, "Court and docket"), StringComparison.Ordinal);
        Assert.Equal("https://www.courtlistener.com/?type=r&docket_number=26-5006&court=cadc",
            transcript.QuerySelector("a[href^='https://www.courtlistener.com/']")?.GetAttribute("href"));
        Assert.Equal("date not found", Fact(transcript, "Date"));
        Assert.Equal("/events/2026-dc-circuit-hears-ctr-appeal", transcript.QuerySelector("dd a[href^='/events/']")?.GetAttribute("href"));
        var copy = transcript.QuerySelector("dd.stored a[rel=noreferrer]");
        Assert.Equal("AI Court Transcripts: CTR v. IRS, D.C. Cir. No. 26-5006 (argument)", copy?.TextContent);
        Assert.Equal("Primary document", transcript.QuerySelector("dd.stored .tier-badge")?.TextContent);
        Assert.Equal("/sources/aicourttranscripts-ctr-26-5006", transcript.QuerySelector("dd.stored a[href^='/sources/']")?.GetAttribute("href"));
        Assert.DoesNotContain("Referenced, not stored", transcript.TextContent, StringComparison.Ordinal);

        var order = page.QuerySelector("li#centro-2025-05-12-pi-order")!;
        Assert.Equal("Dkt. 28", order.QuerySelector("q.reference")?.TextContent);
        Assert.StartsWith("Dkt. 28 as written in Thomson Reuters Tax", Fact(order, "Reference"), StringComparison.Ordinal);
        Assert.NotNull(order.QuerySelector("dd a[rel=noreferrer][lang=en][href^='https://']"));
        Assert.Equal("12 May 2025", Fact(order, "Date"));
        Assert.Equal("16", Fact(order, "Pages"));
        Assert.Equal("The sources do not say which docket", Fact(order, "Court and docket"));
        Assert.Equal("/cases/centro-v-bessent#centro-2025-05-12-pi-denied", order.QuerySelector("dd a[href^='/cases/']")?.GetAttribute("href"));
        // The sources cited for the ruling it records, best tier first, with their tiers.
        Assert.Equal("Official record", order.QuerySelector(".sources .tier-badge")?.TextContent);
        Assert.Equal("Referenced, not stored: no copy found in the sources we could search", Fact(order, "Copy"));

        var mou = page.QuerySelector("li#irs-dhs-mou")!;
        Assert.Equal("Agreement", Squash(mou.QuerySelector(".document-kicker")!.TextContent));
        Assert.Equal("No case or docket recorded", Fact(mou, "Court and docket"));
        Assert.Equal("No reference found in the sources", Fact(mou, "Reference"));
    }

    [Fact]
    public async Task The_spanish_page_is_in_spanish()
    {
        var (status, page) = await GetAsync("/es/documents");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Documentos originales", page.QuerySelector("main h1")?.TextContent);
        var order = page.QuerySelector("li#centro-2025-05-12-pi-order")!;
        Assert.Equal("Orden que deniega la medida cautelar preliminar en Centro", order.QuerySelector("h2")?.TextContent);
        Assert.Equal("Referido, no almacenado: no se encontró ninguna copia en las fuentes que pudimos consultar", Fact(order, "Copia"));
        Assert.Equal("12 may 2025", Fact(order, "Fecha"));
        Assert.Equal("/es/cases/centro-v-bessent#centro-2025-05-12-pi-denied", order.QuerySelector("dd a[href^='/es/cases/']")?.GetAttribute("href"));
        var transcript = page.QuerySelector("li#ctr-26-5006-argument-transcript")!;
        Assert.Equal("fecha no encontrada", Fact(transcript, "Fecha"));
        Assert.StartsWith("Tribunal de Apelaciones de EE. UU. para el Circuito de D.C., n.º 26-5006", Fact(transcript, "Tribunal y expediente"), StringComparison.Ordinal);
        Assert.Equal("Documento original", transcript.QuerySelector("dd.stored .tier-badge")?.TextContent);
    }

    [Theory]
    [InlineData("/sources", "/documents")]
    [InlineData("/methodology", "/documents")]
    [InlineData("/about", "/documents")]
    [InlineData("/es/sources", "/es/documents")]
    [InlineData("/es/methodology", "/es/documents")]
    public async Task The_documents_are_linked_from_the_sources_the_methodology_and_every_footer(string path, string href)
    {
        var (_, page) = await GetAsync(path);

        Assert.NotNull(page.QuerySelector($"footer.site-footer a[href='{href}']"));
        if (path.EndsWith("sources", StringComparison.Ordinal) || path.EndsWith("methodology", StringComparison.Ordinal))
        {
            Assert.NotNull(page.QuerySelector($"main a[href='{href}']"));
        }
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
