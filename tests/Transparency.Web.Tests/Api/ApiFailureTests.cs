using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Transparency.Web.Tests.Api;

/// <summary>A database that breaks under a running site: the API still answers in problem details.</summary>
public sealed class ApiFailureTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "transparency-api-failure", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_failing_query_is_a_500_problem_not_the_html_error_page()
    {
        var database = Path.Combine(_directory, "transparency.db");
        using var factory = new SiteFactory();
        using var site = factory.WithWebHostBuilder(builder => builder.UseSetting("Dataset:DatabasePath", database));
        using var client = site.CreateClient();
        // Another address than the one that fails below: a cached answer would (rightly) still be served.
        using var before = await client.GetAsync("/api/v1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(database, new string('x', 8192), TestContext.Current.CancellationToken);
        using var after = await client.GetAsync("/api/v1/cases", TestContext.Current.CancellationToken);
        var body = await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("/api/v1/cases", problem.RootElement.GetProperty("instance").GetString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
