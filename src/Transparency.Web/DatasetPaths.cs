using Transparency.Data;
using Transparency.Data.Building;

namespace Transparency.Web;

/// <summary>Where the CSV inputs and the generated SQLite file live, resolved against the content root.</summary>
public sealed record DatasetPaths(string DataDirectory, string DatabasePath)
{
    // Published output carries data/ beside the app; `dotnet run` finds the repository's data/.
    private static readonly string[] Candidates = ["data", "../../data"];

    public static DatasetPaths Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Dataset:DataDirectory"];
        var dataDirectory = configured is not null
            ? Path.GetFullPath(configured, contentRoot)
            : Candidates.Select(p => Path.GetFullPath(p, contentRoot))
                .FirstOrDefault(p => File.Exists(Path.Combine(p, DatasetBuilder.SchemaFile)))
              ?? Path.GetFullPath("../../data", contentRoot);
        var databasePath = configuration["Dataset:DatabasePath"] is { } db
            ? Path.GetFullPath(db, contentRoot)
            : Path.GetFullPath(Path.Combine(dataDirectory, "..", "artifacts", "transparency.db"));
        return new DatasetPaths(dataDirectory, databasePath);
    }

    /// <summary>
    /// Builds the file when missing or stale. When the inputs are broken but an older good file exists,
    /// the site keeps serving the older file and says why; with no file at all it cannot start.
    /// </summary>
    public static Database EnsureDatabase(DatasetPaths paths, TextWriter log)
    {
        try
        {
            var result = DatasetBuilder.EnsureBuilt(paths.DataDirectory, paths.DatabasePath);
            if (result.Rebuilt)
            {
                log.WriteLine($"Built dataset {result.DatasetVersion} from {paths.DataDirectory} into {paths.DatabasePath}");
            }
        }
        catch (DatasetBuildException ex) when (File.Exists(paths.DatabasePath))
        {
            log.WriteLine($"The data in {paths.DataDirectory} did not build; still serving the previous file {paths.DatabasePath}.");
            log.WriteLine(ex.Message);
        }
        return new Database(paths.DatabasePath);
    }
}
