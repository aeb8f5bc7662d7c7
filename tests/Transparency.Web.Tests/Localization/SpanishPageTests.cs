using System.Net;
using System.Text.RegularExpressions;

namespace Transparency.Web.Tests.Localization;

public sealed partial class SpanishPageTests(SiteFactory factory)
{
    public static TheoryData<string, string> SpanishPages => new()
    {
        { "/es/", "Cómo obtuvieron las autoridades migratorias" },
        { "/es/requests", "Lo pedido frente a lo entregado" },
        { "/es/figures", "Todas las cifras" },
        { "/es/figures/addresses-disclosed", "Cada valor informado" },
        { "/es/cases", "Casos judiciales" },
        { "/es/cases/ctr-v-irs", "Fallos, por fecha" },
        { "/es/events/2025-02-17-ctr-v-irs-filed", "Se presenta la demanda Center for Taxpayer Rights v. IRS" },
        { "/es/timeline", "Cronología" },
        { "/es/timeline?category=filing", "Filtros rápidos" },
        { "/es/sources", "Fuentes" },
        { "/es/methodology", "Por qué difieren las cifras" },
        { "/es/corrections", "Correcciones" },
        { "/es/data", "Descargar los datos" },
        { "/es/about", "Acerca de Transparency" },
    };

    [Theory]
    [InlineData("/es/cases/ctr-v-irs", "Tribunal Federal de Distrito para el Distrito de Columbia, n.º 1:25-cv-00457", "buscar en CourtListener")]
    [InlineData("/cases/ctr-v-irs", "U.S. District Court for the District of Columbia, No. 1:25-cv-00457", "search CourtListener")]
    public async Task Dockets_come_from_the_data_in_the_page_language_each_with_a_docket_search(string path, string docket, string search)
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync(path, TestContext.Current.CancellationToken));
        var text = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "");

        Assert.Contains(docket, System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains(search, html, StringComparison.Ordinal);
        Assert.Contains("https://www.courtlistener.com/?type=r&docket_number=1%3A25-cv-00457&court=dcd", html, StringComparison.Ordinal);
        Assert.Contains("https://clearinghouse.net/case/46138", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/es/cases/california-v-hhs", "No se encontró en las fuentes que pudimos consultar")]
    [InlineData("/cases/california-v-hhs", "Not found in the sources we could search")]
    public async Task A_case_without_a_known_docket_says_so_in_the_page_language(string path, string expected)
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    public static TheoryData<string> AllPages()
    {
        var data = new TheoryData<string>();
        foreach (var path in new[] { "/", "/guide", "/requests", "/figures", "/figures/addresses-disclosed", "/cases", "/cases/ctr-v-irs", "/events/2025-02-17-ctr-v-irs-filed", "/timeline", "/sources", "/methodology", "/corrections", "/data", "/glossary", "/about" })
        {
            data.Add(path);
            data.Add(path == "/" ? "/es/" : "/es" + path);
        }
        return data;
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [MemberData(nameof(SpanishPages))]
    public async Task Every_spanish_page_answers_200_in_spanish(string path, string text)
    {
        var (status, html) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("Saltar al contenido principal", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllPages))]
    public async Task Every_page_has_hreflang_alternates_and_open_graph_tags(string path)
    {
        var (status, html) = await GetAsync(path);
        var neutral = path.StartsWith("/es/", StringComparison.Ordinal) ? (path == "/es/" ? "/" : path[3..]) : path;
        var spanish = neutral == "/" ? "/es/" : "/es" + neutral;
        var es = path.StartsWith("/es", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost{neutral}\" />", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost{spanish}\" />", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost{neutral}\" />", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"http://localhost{path}\" />", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:locale\" content=\"{(es ? "es_US" : "en_US")}\" />", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:locale:alternate\" content=\"{(es ? "en_US" : "es_US")}\" />", html, StringComparison.Ordinal);
        Assert.Matches(es ? OgImageEs() : OgImageEn(), html);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:height\" content=\"630\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:alt\" content=\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_preview_states_the_key_numbers_and_its_chart()
    {
        var (_, english) = await GetAsync("/");
        var (_, spanish) = await GetAsync("/es/");

        Assert.Contains("<meta property=\"og:description\" content=\"ICE asked for 1.28 million people's addresses; the IRS disclosed 47,289.\" />", english, StringComparison.Ordinal);
        // The overview's image is its hero chart, the key numbers to scale.
        Assert.Contains("<meta property=\"og:image\" content=\"http://localhost/charts/key-numbers.png\" />", english, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"http://localhost/es/charts/key-numbers.png\" />", spanish, StringComparison.Ordinal);
        Assert.Contains("47,289", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_preview_shows_that_cases_rulings_chart()
    {
        var (_, html) = await GetAsync("/es/cases/ctr-v-irs");

        Assert.Contains("<meta property=\"og:image\" content=\"http://localhost/es/charts/rulings.png?case=ctr-v-irs\" />", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/es/timeline?category=filing", "/timeline?category=filing")]
    [InlineData("/timeline?category=filing", "/es/timeline?category=filing")]
    [InlineData("/es/cases/ctr-v-irs", "/cases/ctr-v-irs")]
    [InlineData("/", "/es/")]
    [InlineData("/es/", "/")]
    public async Task The_language_switch_keeps_the_page_and_its_query(string path, string other)
    {
        var (_, html) = await GetAsync(path);

        var href = SwitchHref().Match(html);
        Assert.True(href.Success, "no language switch");
        Assert.Equal(other, href.Groups[1].Value);
    }

    [Theory]
    [InlineData("/es/nope")]
    [InlineData("/es/cases/nope")]
    [InlineData("/es/figures/nope")]
    [InlineData("/es/events/nope")]
    public async Task Unknown_spanish_addresses_get_the_spanish_404(string path)
    {
        var (status, html) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Página no encontrada", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/es/timeline\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_pages_show_dates_in_spanish_and_numbers_in_us_style()
    {
        var (_, html) = await GetAsync("/es/timeline?order=oldest");

        Assert.Contains(">17 feb 2025</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">17 Feb 2025</time>", html, StringComparison.Ordinal);
        Assert.Contains("El ICE pide al IRS unas 700,000 direcciones", html, StringComparison.Ordinal);
        Assert.Contains("Expediente judicial", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_pages_keep_readers_in_spanish_and_data_links_neutral()
    {
        var (_, html) = await GetAsync("/es/timeline?category=filing");

        Assert.Contains("action=\"/es/timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/es/cases/ctr-v-irs\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/es/events/2025-02-17-ctr-v-irs-filed\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/timeline.csv?category=filing\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/es/data\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/cases/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/events/", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("class=\"language-switch\" href=\"([^\"]*)\"")]
    private static partial Regex SwitchHref();

    [GeneratedRegex("<meta property=\"og:image\" content=\"http://localhost/charts/[a-z-]+\\.png[^\"]*\" />")]
    private static partial Regex OgImageEn();

    [GeneratedRegex("<meta property=\"og:image\" content=\"http://localhost/es/charts/[a-z-]+\\.png[^\"]*\" />")]
    private static partial Regex OgImageEs();
}
