using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Web.Hosting;

namespace Transparency.Web.Tests.Hosting;

public sealed class DatasetLifecycleTests
{
    [Fact]
    public async Task A_good_edit_is_served_without_a_restart_and_without_a_failed_request_in_flight()
    {
        using var site = new TempSite();
        using var client = site.CreateClient();
        Assert.DoesNotContain("A renamed event title", await client.GetStringAsync("/events/2025-04-07-treasury-defends-mou", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentBag<string>();
        var served = 0;
        var readers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            string[] paths = ["/", "/timeline", "/cases/ctr-v-irs", "/data/events.csv", "/healthz"];
            while (!stop.IsCancellationRequested)
            {
                var path = paths[Interlocked.Increment(ref served) % paths.Length];
                using var response = await client.GetAsync(path, CancellationToken.None);
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.TooManyRequests))
                {
                    failures.Add($"{path}: {(int)response.StatusCode}");
                }
            }
        })).ToList();

        Assert.True(await Until(() => Volatile.Read(ref served) >= 10), "the readers never got going");
        var events = Path.Combine(site.DataDirectory, "events.csv");
        var text = await File.ReadAllTextAsync(events, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(events, text.Replace("Treasury defends the agreement", "A renamed event title", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var switched = await site.PollUntilAsync(async () =>
            (await client.GetStringAsync("/events/2025-04-07-treasury-defends-mou", TestContext.Current.CancellationToken)).Contains("A renamed event title", StringComparison.Ordinal));
        // Readers keep going across and after the switch.
        var atSwitch = Volatile.Read(ref served);
        Assert.True(await Until(() => Volatile.Read(ref served) >= atSwitch + 10), "the readers stopped at the switch");
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(switched, "the edit was never served");
        Assert.Empty(failures);
        Assert.True(served > 20, $"only {served} requests were made during the switch");
    }

    [Fact]
    public async Task A_broken_edit_changes_nothing_served_and_health_says_why()
    {
        using var site = new TempSite();
        using var client = site.CreateClient();
        var before = await client.GetStringAsync("/timeline", TestContext.Current.CancellationToken);
        var hash = SHA256.HashData(await File.ReadAllBytesAsync(site.DatabasePath, TestContext.Current.CancellationToken));

        var cases = Path.Combine(site.DataDirectory, "cases.csv");
        await File.AppendAllTextAsync(cases, "\"an unclosed quote,\n", TestContext.Current.CancellationToken);
        var health = "";
        await site.PollUntilAsync(async () =>
        {
            health = await client.GetStringAsync("/healthz", TestContext.Current.CancellationToken);
            return health.Contains("degraded", StringComparison.Ordinal);
        });

        Assert.Contains("degraded", health, StringComparison.Ordinal);
        Assert.Contains("cases.csv", health, StringComparison.Ordinal);
        Assert.Equal(hash, SHA256.HashData(await File.ReadAllBytesAsync(site.DatabasePath, TestContext.Current.CancellationToken)));
        Assert.Equal(before, await client.GetStringAsync("/timeline", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_corrupt_database_gives_a_clear_503_and_the_site_recovers_when_a_good_file_appears()
    {
        // Polling off: the test itself puts the good file back, as an operator would.
        using var site = new TempSite(pollSeconds: 3600);
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
        var good = await File.ReadAllBytesAsync(site.DatabasePath, TestContext.Current.CancellationToken);

        await File.WriteAllTextAsync(site.DatabasePath, "this is not a database", TestContext.Current.CancellationToken);
        // An answer already cached was drawn from a good file of the same build: it is still served.
        using var cached = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        using var page = await client.GetAsync("/timeline", TestContext.Current.CancellationToken);
        using var health = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("corrupt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());

        var temp = site.DatabasePath + ".restore";
        await File.WriteAllBytesAsync(temp, good, TestContext.Current.CancellationToken);
        File.Move(temp, site.DatabasePath, overwrite: true);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/timeline", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_start_with_unchanged_inputs_reuses_the_remembered_hash_and_an_edit_is_hashed_again()
    {
        using var site = new TempSite(pollSeconds: 3600);
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
        var watcher = site.Services.GetRequiredService<DatasetWatcher>();
        var remembered = site.DatabasePath + ".inputs";
        var lines = await File.ReadAllLinesAsync(remembered, TestContext.Current.CancellationToken);
        Assert.Equal(2, lines.Length);
        Assert.Equal(Transparency.Data.Building.DatasetBuilder.ComputeInputsSha256(site.DataDirectory), lines[1]);

        // A start (the same check StartAsync makes) takes the remembered hash instead of hashing: told another
        // hash for the same files, it finds the served file stale and rebuilds it.
        var builtAt = BuiltAt(site.DatabasePath);
        await File.WriteAllLinesAsync(remembered, [lines[0], new string('0', 64)], TestContext.Current.CancellationToken);
        site.Clock.Advance(TimeSpan.FromSeconds(1)); // built_at has whole seconds
        watcher.Check(force: true);
        Assert.NotEqual(builtAt, BuiltAt(site.DatabasePath));
        Assert.Equal(lines, await File.ReadAllLinesAsync(remembered, TestContext.Current.CancellationToken));

        // An edit moves the signature, so the remembered hash is not used and the edit is served.
        builtAt = BuiltAt(site.DatabasePath);
        var events = Path.Combine(site.DataDirectory, "events.csv");
        var text = await File.ReadAllTextAsync(events, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(events, text.Replace("Treasury defends the agreement", "Treasury defends the agreemenT", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        site.Clock.Advance(TimeSpan.FromSeconds(1));
        watcher.Check(force: true);
        Assert.NotEqual(builtAt, BuiltAt(site.DatabasePath));
        Assert.Contains("agreemenT", await client.GetStringAsync("/events/2025-04-07-treasury-defends-mou", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(Transparency.Data.Building.DatasetBuilder.ComputeInputsSha256(site.DataDirectory), (await File.ReadAllLinesAsync(remembered, TestContext.Current.CancellationToken))[1]);
    }

    /// <summary>Waits for a condition other threads make true, with a deadline generous for a loaded machine.</summary>
    private static async Task<bool> Until(Func<bool> condition, double seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        return condition();
    }

    private static string BuiltAt(string databasePath)
    {
        using var connection = Transparency.Data.Building.DatasetBuilder.OpenReadOnly(databasePath, pooled: false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT built_at FROM build_info";
        return (string)command.ExecuteScalar()!;
    }
}
