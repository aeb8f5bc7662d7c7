using AngleSharp.Html.Parser;

namespace Transparency.Web.Tests.Pages.About;

/// <summary>Every fact's page offers a prefilled error report; the about page says who publishes the site and how to reach it.</summary>
public sealed class ReportErrorTests(SiteFactory factory)
{
    [Theory]
    [InlineData("/figures/addresses-disclosed", "figure addresses-disclosed", "Report an error in this fact", "Report%20an%20error%3A%20figure%20addresses-disclosed")]
    [InlineData("/events/2025-02-17-ctr-v-irs-filed", "event 2025-02-17-ctr-v-irs-filed", "Report an error in this fact", "Report%20an%20error%3A%20event")]
    [InlineData("/cases/ctr-v-irs", "case ctr-v-irs", "Report an error in this fact", "Report%20an%20error%3A%20case%20ctr-v-irs")]
    [InlineData("/es/cases/ctr-v-irs", "case ctr-v-irs", "Informar de un error en este dato", "Error%20en%20un%20dato%3A%20case%20ctr-v-irs")]
    public async Task A_fact_page_links_a_prefilled_report_with_the_fact_id_and_its_permanent_url(string path, string fact, string label, string subject)
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var link = new HtmlParser().ParseDocument(html).QuerySelector("main p.report-error a[href^='mailto:']");

        Assert.NotNull(link);
        Assert.Equal(label, link.TextContent.Trim());
        var href = link.GetAttribute("href")!;
        Assert.StartsWith($"mailto:corrections@transparency.example.org?subject={subject}", href, StringComparison.Ordinal);
        var body = Uri.UnescapeDataString(href[(href.IndexOf("&body=", StringComparison.Ordinal) + 6)..]);
        Assert.Contains(fact, body, StringComparison.Ordinal);
        Assert.Contains("http://localhost" + path.Replace("/es/", "/", StringComparison.Ordinal), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/about", "Who publishes it", "Editorial policy", "Report an error")]
    [InlineData("/es/about", "Quién lo publica", "Política editorial", "Informar de un error")]
    public async Task The_about_page_says_who_publishes_the_site_its_editorial_policy_and_how_to_report_an_error(string path, string who, string policy, string report)
    {
        using var client = factory.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(path, TestContext.Current.CancellationToken));

        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains(who, headings);
        Assert.Contains(policy, headings);
        Assert.Contains(report, headings);
        Assert.NotNull(document.QuerySelector("#report-title ~ p a[href^='mailto:corrections@transparency.example.org']"));
        Assert.NotNull(document.QuerySelector("#publisher-title ~ p")?.TextContent is { } text && text.Contains("Transparency", StringComparison.Ordinal) ? text : null);
    }
}
