using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Transparency.Web.Tests;

/// <summary>
/// The real app on a temporary copy of the real dataset with one correction row added (the first
/// release has none), built at start-up by the real builder, and a configured public URL.
/// </summary>
public sealed class CorrectedSiteFactory : WebApplicationFactory<Program>
{
    public const string PublicUrl = "https://transparency.example.org";
    public const string CorrectionId = "ctr-filing-note-checked";
    public const string CorrectedEvent = "2025-02-17-ctr-v-irs-filed";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "transparency-web-tests", Guid.NewGuid().ToString("N"));

    public CorrectedSiteFactory()
    {
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "data")).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal) || f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }
        // Values with characters that must be encoded on the page and in the feed.
        File.AppendAllText(Path.Combine(data, "corrections.csv"),
            $"{CorrectionId},2026-07-01,1.0.1,events,{CorrectedEvent},confidence_note,,\"Checked: <b>5%</b> & \"\"docket\"\"\",The docket confirms the filing date.,,clearinghouse-46138\n");
    }

    public string DataDirectory => Path.Combine(_root, "data");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Dataset:DataDirectory", DataDirectory);
        builder.UseSetting("Dataset:DatabasePath", Path.Combine(_root, "out", "transparency.db"));
        builder.UseSetting("Site:PublicUrl", PublicUrl + "/");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Transparency.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Transparency.sln not found above " + AppContext.BaseDirectory);
    }
}
