using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.Guide;

/// <summary>
/// The plain-language guide on the fixture: its questions in both languages, every paragraph with numbered
/// sources, the court part computed from the cases, the help services' own addresses, the dated review line
/// and the no-legal-advice note; linked first on the overview and in the header.
/// </summary>
public sealed class GuidePageTests(SiteFactory factory)
{
    private static async Task<IDocument> GetAsync(SiteFactory site, string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/guide", "Was my address shared?", "Does it still happen?", "What did the courts say?", "What is not known?", "What do others advise?", "Where can I get help?")]
    [InlineData("/es/guide", "¿Compartió el IRS mi dirección?", "¿Sigue pasando?", "¿Qué dijeron los tribunales?", "¿Qué no se sabe?", "¿Qué aconsejan otros?", "¿Dónde puedo pedir ayuda?")]
    public async Task The_guide_asks_its_questions_as_headings_in_order(string path, params string[] questions)
    {
        var document = await GetAsync(factory, path);

        Assert.Equal(questions, document.QuerySelectorAll("main .guide-main h2").Select(h => h.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/guide")]
    [InlineData("/es/guide")]
    public async Task Every_paragraph_carries_numbered_sources_that_lead_to_the_notes(string path)
    {
        var document = await GetAsync(factory, path);
        var paragraphs = document.QuerySelectorAll("main .guide-main p.guide-text:not(.guide-case-head)").ToList();

        Assert.True(paragraphs.Count >= 15, $"{paragraphs.Count} paragraphs");
        foreach (var p in paragraphs)
        {
            var refs = p.QuerySelectorAll(".note-refs a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.True(refs.Count > 0, $"no source for: {p.TextContent}");
            foreach (var href in refs)
            {
                var note = document.GetElementById(href.TrimStart('#'));
                Assert.NotNull(note);
                Assert.StartsWith("http", note.QuerySelector("a[href^='http']")?.GetAttribute("href"), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Each_IRS_case_shows_its_status_badge_from_the_data_and_its_plain_sentence()
    {
        var document = await GetAsync(factory, "/guide");
        var cases = document.QuerySelectorAll("#courts .guide-case").ToList();

        // The fixture's three IRS-ICE cases, in the cases list's order; the Medicaid context case stays on /cases.
        Assert.Equal(["case-centro-v-bessent", "case-ctr-v-irs", "case-cedc-v-bessent"], cases.Select(c => c.Id));
        var ctr = document.GetElementById("case-ctr-v-irs")!;
        // The same badges as the overview, by CourtStandings' rule: the finding, the stay that still stands, the appeal.
        Assert.Equal(["Disclosures found unlawful", "Sharing blocked or limited", "Appeal pending"], ctr.QuerySelectorAll(".status-badge").Select(b => b.TextContent.Trim()));
        Assert.StartsWith("In November 2025, a judge in Washington, D.C., stopped", ctr.QuerySelector("#court-ctr-v-irs")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(document.GetElementById("case-california-v-hhs"));
    }

    [Fact]
    public async Task A_case_whose_status_changed_shows_its_own_summary_not_the_stale_sentence()
    {
        using var site = new ChangedStatusSite();
        var document = await GetAsync(site, "/guide");
        var cedc = document.GetElementById("case-cedc-v-bessent")!;

        // The badges follow the rulings (a stay, nothing later), not the sentence written for the old status.
        Assert.Equal(["Sharing blocked or limited"], cedc.QuerySelectorAll(".status-badge").Select(b => b.TextContent.Trim()));
        Assert.Null(cedc.QuerySelector("#court-cedc-v-bessent"));
        Assert.StartsWith("On 5 Feb 2026 the court stayed", cedc.QuerySelectorAll("p.guide-text")[1].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guide", "https://irs.gov/node/3762")]
    [InlineData("/es/guide", "https://www.irs.gov/spanish/clinicas-para-contribuyentes-de-bajos-recursos")]
    public async Task A_help_service_shows_its_own_address_in_the_page_language_and_its_languages(string path, string url)
    {
        var document = await GetAsync(factory, path);
        var clinics = document.GetElementById("help-tax-clinics")!;

        Assert.Equal(url, clinics.QuerySelector("a.guide-url")?.GetAttribute("href"));
        Assert.Equal(url, clinics.QuerySelector("a.guide-url")?.TextContent.Trim());
        Assert.Contains("4134", clinics.QuerySelector(".guide-languages")?.TextContent, StringComparison.Ordinal);
        // The research could not confirm the advocate's phone number on its own site: no number is printed.
        Assert.DoesNotMatch(@"\d{3}[-–]\d{3}[-–]\d{4}", document.QuerySelector("#help")!.TextContent);
    }

    [Fact]
    public async Task Advice_is_quoted_and_attributed_with_our_translation_marked_as_ours()
    {
        var english = await GetAsync(factory, "/guide");
        var spanish = await GetAsync(factory, "/es/guide");

        var quote = english.QuerySelector("#advice-ask-a-lawyer q[lang='es']");
        Assert.Equal("Si tienes dudas sobre un posible impacto migratorio, debes consultar a un abogado de inmigración.", quote?.TextContent);
        Assert.Contains("CT Public", english.GetElementById("advice-ask-a-lawyer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("our translation:", english.QuerySelector("#advice-ask-a-lawyer .guide-translation")?.TextContent, StringComparison.Ordinal);
        // On the Spanish page the quote is in the page's language: no translation is added.
        Assert.Null(spanish.QuerySelector("#advice-ask-a-lawyer .guide-translation"));
        Assert.Equal(quote?.TextContent, spanish.QuerySelector("#advice-ask-a-lawyer q")?.TextContent);
    }

    [Theory]
    [InlineData("/guide", "This guide was last reviewed on 6 Dec 2026.", "This site gives no legal advice.")]
    [InlineData("/es/guide", "Esta guía se revisó por última vez el 6 dic 2026.", "Este sitio no da asesoría legal.")]
    public async Task The_guide_is_dated_from_the_data_and_says_it_gives_no_legal_advice(string path, string reviewed, string noAdvice)
    {
        var document = await GetAsync(factory, path);

        Assert.StartsWith(reviewed, document.QuerySelector(".guide-reviewed")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(noAdvice, document.QuerySelector(".guide-no-advice strong")?.TextContent);
    }

    [Theory]
    [InlineData("/", "/guide")]
    [InlineData("/es/", "/es/guide")]
    public async Task The_overview_links_the_guide_first_and_the_header_menu_links_it(string path, string guide)
    {
        var document = await GetAsync(factory, path);

        Assert.Equal(guide, document.QuerySelector("main a")?.GetAttribute("href"));
        Assert.Contains(document.QuerySelectorAll("header nav a"), a => a.GetAttribute("href") == guide);
    }

    [Fact]
    public async Task The_English_reading_text_leaves_out_source_numbers_and_Spanish_quotes()
    {
        var blocks = GuideText.Blocks(await GetAsync(factory, "/guide"), "en");
        var text = string.Join(" ", blocks);

        Assert.Contains("Was my address shared?", blocks);
        Assert.DoesNotContain("Si tienes dudas", text, StringComparison.Ordinal);
        Assert.Contains("If you have doubts", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
    }

    /// <summary>The fixture with CEDC v. Bessent closed: the guide's sentence was written for "relief-granted".</summary>
    private sealed class ChangedStatusSite() : SiteFactory(directory =>
    {
        var data = TestRepository.CopyFixture(directory);
        var cases = Path.Combine(data, "cases.csv");
        var lines = File.ReadAllLines(cases);
        var i = Array.FindIndex(lines, l => l.StartsWith("cedc-v-bessent,", StringComparison.Ordinal));
        Assert.Contains(",relief-granted,", lines[i], StringComparison.Ordinal);
        lines[i] = lines[i].Replace(",relief-granted,", ",closed,", StringComparison.Ordinal);
        File.WriteAllLines(cases, lines);
        return data;
    });
}
