using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Web.Downloads;

namespace Transparency.Web.Tests.Downloads;

public sealed class DownloadTests(SiteFactory factory)
{
    private static readonly string[] Tables =
        ["dataset", "sources", "agencies", "cases", "rulings", "events", "figures", "figure_values", "request_batches", "figure_mentions", "unknowns", "guide", "citations", "corrections"];

    [Fact]
    public async Task The_data_page_lists_every_table_with_its_columns_row_count_links_and_checksums()
    {
        // Checksums are listed once the files are written (in the background, well under a second here).
        await factory.Services.GetRequiredService<DatasetFiles>().GetFilesAsync(TestContext.Current.CancellationToken);
        using var client = factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/data", TestContext.Current.CancellationToken));

        foreach (var table in Tables)
        {
            Assert.Contains($"href=\"/data/{table}.csv\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/data/{table}.json\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"table-{table}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("55 rows", html, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", html, StringComparison.Ordinal);
        Assert.Contains("one of: <code>filing</code>, <code>hearing</code>, <code>request</code>", html, StringComparison.Ordinal);
        // The dataset table has one row: "1 row", never "1 rows".
        Assert.Contains("(1 row)", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<![\d,])1 rows", html);
        Assert.Matches("<code class=\"hash\">[0-9a-f]{64}</code>", html);
    }

    [Fact]
    public async Task Every_table_downloads_as_csv_and_json_with_the_version_in_the_file_name()
    {
        using var client = factory.CreateClient();
        foreach (var table in Tables)
        {
            using var csv = await client.GetAsync($"/data/{table}.csv", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"transparency-1.0.0-{table}.csv", csv.Content.Headers.ContentDisposition?.FileName);
            var text = await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.EndsWith("\r\n", text, StringComparison.Ordinal);

            using var json = await client.GetAsync($"/data/{table}.json", TestContext.Current.CancellationToken);
            Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
            using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(document.RootElement.GetProperty("row_count").GetInt32(), document.RootElement.GetProperty("rows").GetArrayLength());
        }
    }

    [Fact]
    public async Task The_zip_holds_every_csv_the_sqlite_file_the_package_a_readme_and_matching_checksums()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/data/transparency.zip", TestContext.Current.CancellationToken);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("transparency-1.0.0.zip", response.Content.Headers.ContentDisposition?.FileName);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var entries = zip.Entries.ToDictionary(e => e.Name, e => ReadAll(e));

        foreach (var table in Tables)
        {
            Assert.True(entries.ContainsKey(table + ".csv"), table);
        }
        Assert.Contains("transparency.sqlite", entries.Keys);
        Assert.Contains("datapackage.json", entries.Keys);
        Assert.Contains("README.txt", entries.Keys);
        var sums = Encoding.UTF8.GetString(entries["SHA256SUMS"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(entries.Count - 1, sums.Length);
        foreach (var line in sums)
        {
            var (hash, name) = (line[..64], line[66..]);
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(entries[name])));
        }
    }

    [Fact]
    public async Task The_sqlite_download_opens_and_holds_the_same_numbers_the_csv_and_the_pages_show()
    {
        using var client = factory.CreateClient();
        var bytes = await client.GetByteArrayAsync("/data/transparency.sqlite", TestContext.Current.CancellationToken);
        var path = Path.Combine(Path.GetTempPath(), $"transparency-download-{Guid.NewGuid():N}.sqlite");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT value FROM figure_values WHERE figure_id = 'addresses-disclosed' AND is_preferred = 1";
            Assert.Equal(47289d, command.ExecuteScalar());
            command.CommandText = "SELECT COUNT(*) FROM events";
            var events = (long)command.ExecuteScalar()!;
            var csv = await client.GetStringAsync("/data/events.csv", TestContext.Current.CancellationToken);
            Assert.Equal(events, CountRecords(csv));
            var overview = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
            Assert.Contains("47,289", overview, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_filtered_timeline_download_holds_exactly_the_events_the_page_shows()
    {
        using var client = factory.CreateClient();
        const string query = "?category=court-ruling&year=2026&order=oldest";
        var page = await client.GetStringAsync("/timeline" + query, TestContext.Current.CancellationToken);
        var csv = await client.GetStringAsync("/timeline.csv" + query, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/timeline.json" + query, TestContext.Current.CancellationToken));

        var pageIds = System.Text.RegularExpressions.Regex.Matches(page, "<li id=\"([a-z0-9-]+)\" class=\"event").Select(m => m.Groups[1].Value).ToList();
        var csvIds = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        var jsonIds = json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(pageIds);
        Assert.Equal(pageIds, csvIds);
        Assert.Equal(pageIds, jsonIds);
        Assert.Contains("href=\"/timeline.csv?category=court-ruling&amp;year=2026&amp;order=oldest\"", page, StringComparison.Ordinal);
        Assert.Equal("court-ruling", json.RootElement.GetProperty("filters").GetProperty("category").GetString());
    }

    [Theory]
    [InlineData("/cases.csv")]
    [InlineData("/cases.json")]
    [InlineData("/rulings.csv?case=ctr-v-irs")]
    [InlineData("/requests.csv")]
    [InlineData("/requests.json")]
    public async Task Page_views_download_as_data(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("transparency-1.0.0-", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/data/no-such-table.csv")]
    [InlineData("/data/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/rulings.csv?case=no-such-case")]
    [InlineData("/timeline.xml")]
    public async Task Unknown_downloads_are_404(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("plain text", "plain text")]
    public void Text_cells_that_a_spreadsheet_would_run_are_neutralised(string cell, string written)
    {
        Assert.Equal(written, CsvExport.Format(cell));
        Assert.Equal("-2", CsvExport.Format(-2L));
        Assert.Equal("47289", CsvExport.Format(47289d));
        Assert.Equal("", CsvExport.Format(null));
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    // RFC 4180 records, not lines: a quoted field may hold a line break.
    private static int CountRecords(string csv)
    {
        var records = 0;
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                records++;
            }
        }
        return records - 1;
    }
}
