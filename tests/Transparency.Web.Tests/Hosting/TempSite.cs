using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Transparency.Web.Tests.Hosting;

/// <summary>The real app on a private copy of data/, so a test may break and mend the data.</summary>
public sealed class TempSite : WebApplicationFactory<Program>
{
    private readonly double _pollSeconds;

    public TempSite(double pollSeconds = 0.2)
    {
        _pollSeconds = pollSeconds;
        Root = Directory.CreateTempSubdirectory("transparency-site-").FullName;
        DataDirectory = Path.Combine(Root, "data");
        Directory.CreateDirectory(DataDirectory);
        var real = Path.Combine(NodeTool.RepositoryRoot(), "data");
        foreach (var file in Directory.EnumerateFiles(real).Where(f => !f.EndsWith(".db", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(DataDirectory, Path.GetFileName(file)));
        }
        DatabasePath = Path.Combine(Root, "artifacts", "transparency.db");
    }

    public string Root { get; }

    public string DataDirectory { get; }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseEnvironment("Production")
        .UseSetting("Dataset:DataDirectory", DataDirectory)
        .UseSetting("Dataset:DatabasePath", DatabasePath)
        .UseSetting("Dataset:PollSeconds", _pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
