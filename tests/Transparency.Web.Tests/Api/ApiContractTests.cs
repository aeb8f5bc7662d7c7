using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Transparency.Web.Tests.Api;

/// <summary>Every operation in /openapi/v1.json, called for real, answers as the document says it does.</summary>
public sealed class ApiContractTests(SiteFactory factory)
{
    [Fact]
    public async Task Every_documented_operation_answers_with_a_documented_status_content_type_and_schema()
    {
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var check = new SchemaCheck(document.RootElement);
        var failures = new List<string>();
        var operations = 0;

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.Equal("get", operation.Name);
                operations++;
                var parameters = operation.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                var url = parameters.Where(x => x.GetProperty("in").GetString() == "path")
                    .Aggregate(path.Name, (u, x) => u.Replace($"{{{x.GetProperty("name").GetString()}}}", Example(x), StringComparison.Ordinal));
                var withExamples = QueryHelpers.AddQueryString(url, parameters.Where(x => x.GetProperty("in").GetString() == "query")
                    .Select(x => new KeyValuePair<string, string?>(x.GetProperty("name").GetString()!, Example(x))));
                var responses = operation.Value.GetProperty("responses");

                // The plain call, the call with every documented query example, a conditional call, a bad
                // parameter and (for /{id} routes) an unknown id: each must be one of the documented answers.
                var ok = await CallAsync(client, url, responses, check, failures, expected: HttpStatusCode.OK);
                await CallAsync(client, withExamples, responses, check, failures, expected: HttpStatusCode.OK);
                await CallAsync(client, url, responses, check, failures, expected: HttpStatusCode.NotModified, etag: ok?.Headers.ETag?.Tag);
                await CallAsync(client, QueryHelpers.AddQueryString(url, "no_such_parameter", "1"), responses, check, failures, expected: HttpStatusCode.BadRequest);
                if (path.Name.EndsWith("{id}", StringComparison.Ordinal))
                {
                    await CallAsync(client, url[..(url.LastIndexOf('/') + 1)] + "no-such-id", responses, check, failures, expected: HttpStatusCode.NotFound);
                }
            }
        }

        Assert.True(operations >= 12, $"only {operations} operations documented");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(check.Errors.Count == 0, string.Join("\n", check.Errors.Take(50)));
    }

    private static async Task<HttpResponseMessage?> CallAsync(HttpClient client, string url, JsonElement responses, SchemaCheck check, List<string> failures, HttpStatusCode expected, string? etag = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (response.StatusCode != expected)
        {
            failures.Add($"GET {url}: {status}, expected {(int)expected}: {body[..Math.Min(body.Length, 300)]}");
        }
        if (!responses.TryGetProperty(status, out var documented))
        {
            failures.Add($"GET {url}: status {status} is not documented");
            return response;
        }
        if (!documented.TryGetProperty("content", out var content))
        {
            if (body.Length != 0 || mediaType is not null)
            {
                failures.Add($"GET {url}: {status} is documented without a body but has {mediaType} ({body.Length} chars)");
            }
            return response;
        }
        if (mediaType is null || !content.TryGetProperty(mediaType, out var media))
        {
            failures.Add($"GET {url}: content type {mediaType} is not documented for {status}");
            return response;
        }
        using var json = JsonDocument.Parse(body);
        check.Check(json.RootElement, media.GetProperty("schema"), $"GET {url} ({status})");
        // The documented 404 example is for the same unknown id this call asks for: it must be word for word.
        if (response.StatusCode == HttpStatusCode.NotFound && media.TryGetProperty("example", out var example)
            && !JsonNode.DeepEquals(JsonNode.Parse(example.GetRawText()), JsonNode.Parse(body)))
        {
            failures.Add($"GET {url}: the 404 differs from the documented example:\n{body}\n{example.GetRawText()}");
        }
        return response;
    }

    private static string Example(JsonElement parameter)
    {
        Assert.True(parameter.TryGetProperty("example", out var example), $"parameter {parameter.GetProperty("name")} has no example");
        return example.ValueKind == JsonValueKind.String ? example.GetString()! : example.GetRawText();
    }
}
