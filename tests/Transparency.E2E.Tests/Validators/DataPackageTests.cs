using System.IO.Compression;
using System.Text.Json;

namespace Transparency.E2E.Tests.Validators;

/// <summary>The downloadable data package, checked by the Frictionless validator (datapackage-js, foreign keys included).</summary>
public sealed class DataPackageTests(SiteFactory factory)
{
    [Fact]
    public async Task The_data_package_and_every_csv_pass_the_frictionless_validator()
    {
        NodeTool.RequireInstalled("node_modules/datapackage/package.json");
        using var client = factory.CreateClient();
        var directory = Directory.CreateTempSubdirectory("transparency-package-");
        try
        {
            using (var zip = new ZipArchive(await client.GetStreamAsync("/data/transparency.zip", TestContext.Current.CancellationToken)))
            {
                zip.ExtractToDirectory(directory.FullName);
            }
            var package = Directory.GetFiles(directory.FullName, "datapackage.json", SearchOption.AllDirectories).Single();
            using (var document = JsonDocument.Parse(await File.ReadAllTextAsync(package, TestContext.Current.CancellationToken)))
            {
                var root = document.RootElement;
                Assert.Equal("https://datapackage.org/profiles/2.0/datapackage.json", root.GetProperty("$schema").GetString());
                Assert.Equal("1.0.0", root.GetProperty("version").GetString());
                Assert.Equal("CC-BY-4.0", root.GetProperty("licenses")[0].GetProperty("name").GetString());
                var events = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "events");
                Assert.Equal("id", events.GetProperty("schema").GetProperty("primaryKey")[0].GetString());
                Assert.Contains(events.GetProperty("schema").GetProperty("foreignKeys").EnumerateArray(), fk => fk.GetProperty("reference").GetProperty("resource").GetString() == "cases");
            }

            var (exitCode, output) = await NodeTool.RunAsync("validate-datapackage.js", package);

            Assert.True(exitCode == 0, output);
            Assert.Contains("VALID", output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
