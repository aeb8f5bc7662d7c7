using System.Text;
using Microsoft.AspNetCore.Http;

namespace Transparency.Web.Tests.Hosting;

/// <summary>
/// A seeded generator of hostile requests across every route: malformed ids and query values, SQL and
/// script fragments, traversal, bad percent-encoding, huge and negative numbers. The site must never
/// answer 5xx, and nothing it was sent may come back unencoded.
/// </summary>
public sealed class HostileRequestTests(SiteFactory factory)
{
    private const string Marker = "<script>alert('xss-7f3a')</script>";

    private static readonly string[] Routes =
    [
        "/", "/requests", "/figures", "/figures/{id}", "/cases", "/cases/{id}", "/timeline", "/sources", "/methodology", "/about",
        "/data", "/data/{id}", "/data/{id}.csv", "/data/{id}.json", "/timeline.csv", "/timeline.json", "/cases.csv", "/rulings.csv",
        "/requests.json", "/healthz", "/not-found", "/{id}", "/css/{id}", "/_content/MudBlazor/{id}", "/error",
    ];

    private static readonly string[] Ids =
    [
        "addresses-disclosed", "ctr-v-irs", "events", "..", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "%00", "%zz", "%",
        "' OR 1=1 --", "1; DROP TABLE events", Marker, "\"><img src=x onerror=alert(1)>", new string('a', 5000), "ñandú", "💥",
        "CON", "nul.csv", "events.csv.json", " ", "%20", "-1", "0", "999999999999999999999", "null", "undefined", "{id}", "\\..\\",
    ];

    private static readonly string[] Keys = ["category", "case", "year", "q", "order", "page", "page_size", "lang", "x", "", "q[]", "%zz"];

    private static readonly string[] Values =
    [
        "court-ruling", "2026", "oldest", "abc", "-5", "0", "99999999999999999999", "2147483648", "1e9", "NaN", "%zz", "%", "%%", "%00",
        "' OR '1'='1", "1 UNION SELECT sql FROM sqlite_schema", Marker, "\"><svg onload=alert(1)>", "javascript:alert(1)",
        new string('x', 10_000), "ctr-v-irs", "../../etc/passwd", "\u202e", "😀", "%E2%80%AE", "%C0%AF", "%FF%FE",
    ];

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_5xx_and_no_unencoded_reflection()
    {
        var random = new Random(20261128);
        var failures = new List<string>();
        for (var i = 0; i < 10_000; i++)
        {
            var path = Routes[random.Next(Routes.Length)].Replace("{id}", Ids[random.Next(Ids.Length)], StringComparison.Ordinal);
            var query = new StringBuilder();
            for (var k = random.Next(4); k > 0; k--)
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(Keys[random.Next(Keys.Length)]).Append('=').Append(Values[random.Next(Values.Length)]);
            }
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = "GET";
                // Raw, undecoded: the server must cope with whatever bytes a scanner sends.
                c.Request.Path = new PathString(path.StartsWith('/') ? path : "/" + path);
                c.Request.QueryString = new QueryString(query.ToString());
            }, TestContext.Current.CancellationToken);

            var status = context.Response.StatusCode;
            string body;
            using (var reader = new StreamReader(context.Response.Body))
            {
                body = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
            }
            if (status >= 500)
            {
                failures.Add($"{status} {path}{query}");
            }
            else if (body.Contains(Marker, StringComparison.Ordinal) || body.Contains("<svg onload", StringComparison.Ordinal) || body.Contains("<img src=x", StringComparison.Ordinal))
            {
                failures.Add($"reflected unencoded: {path}{query}");
            }
            else if (body.Contains("   at Transparency", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal))
            {
                failures.Add($"stack trace: {path}{query}");
            }
            if (failures.Count > 20)
            {
                break;
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    /// <summary>A script payload with every character that must never come back raw: angle brackets, both quotes, ampersand.</summary>
    private const string Payload = "<script>alert(\"x-9c1\")</script>&'";

    /// <summary>Every family of addresses, with the payload in the path, in a known parameter's value and as a parameter name.</summary>
    public static TheoryData<string> Families => new()
    {
        "/api/v1/cases/{p}", "/api/v1/events/{p}", "/api/v1/figures/{p}?page=2", "/api/v1/{p}", "/api/v1/events?q={p}",
        "/api/v1/events?category={p}", "/api/v1/events?case={p}", "/api/v1/events?year={p}", "/api/v1/events?{p}=1", "/api/v1/sources?page={p}",
        "/data/{p}", "/data/{p}.csv", "/data/events.csv?{p}=1", "/charts/{p}.svg", "/charts/{p}.png", "/charts/rulings.svg?x={p}",
        "/embed/{p}", "/embed/rulings?x={p}", "/timeline?q={p}&case={p}&year={p}&category={p}&page={p}", "/es/timeline?q={p}",
        "/cases/{p}", "/es/cases/{p}", "/figures/{p}", "/{p}", "/es/{p}", "/sources?page={p}", "/timeline.csv?q={p}",
        "/timeline.json?q={p}&case={p}", "/rulings.json?case={p}", "/feeds/updates.atom?x={p}", "/openapi/v1.json?{p}=1",
        "/search?q={p}&kind={p}&page={p}", "/es/search?q={p}", "/api/v1/search?q={p}", "/api/v1/search?q=court&kind={p}&lang={p}",
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task No_family_of_addresses_sends_back_a_hostile_path_or_query_unescaped(string template)
    {
        var url = template.Replace("{p}", Uri.EscapeDataString(Payload), StringComparison.Ordinal);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(\"x-9c1\")", body, StringComparison.Ordinal);
        Assert.DoesNotContain("</script>&'", body, StringComparison.Ordinal);
    }
}
