namespace Transparency.Tests;

/// <summary>
/// Where the tests find the repository, its frozen fixture dataset and its pinned tools. Linked into
/// every test project, so the three agree on one fixture and one way to copy it.
/// </summary>
public static class TestRepository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The fixture's CSVs (tests/fixtures/data): what every test but the published-facts ones builds.</summary>
    public static string FixtureDirectory => Path.Combine(Root, "tests", "fixtures", "data");

    /// <summary>The live dataset (data/): read only by the published-facts tests, and for its schema and dictionary.</summary>
    public static string PublishedDataDirectory => Path.Combine(Root, "data");

    /// <summary>The pinned npm validators (npm ci --prefix tests/tools).</summary>
    public static string ToolsDirectory => Path.Combine(Root, "tests", "tools");

    /// <summary>A new empty folder under the system temp folder, never inside the repository.</summary>
    public static string NewTempDirectory(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>
    /// Copies the fixture's CSVs with the repository's schema.sql and data dictionary (README.md, README.es.md) into
    /// <paramref name="directory"/>: a data folder the real builder accepts.
    /// </summary>
    public static string CopyFixture(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var csv in Directory.EnumerateFiles(FixtureDirectory, "*.csv"))
        {
            File.Copy(csv, Path.Combine(directory, Path.GetFileName(csv)));
        }
        foreach (var file in new[] { "schema.sql", "README.md", "README.es.md" })
        {
            File.Copy(Path.Combine(PublishedDataDirectory, file), Path.Combine(directory, file));
        }
        return directory;
    }

    /// <summary>Copies the live data/ (CSVs, schema, dictionary) into <paramref name="directory"/>.</summary>
    public static string CopyPublishedData(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(PublishedDataDirectory).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal) || f.EndsWith("README.md", StringComparison.Ordinal) || f.EndsWith("README.es.md", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }
        return directory;
    }

    /// <summary>Deletes a test's temp folder; a leftover one is harmless, so a locked file is not an error.</summary>
    public static void DeleteQuietly(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRoot()
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
