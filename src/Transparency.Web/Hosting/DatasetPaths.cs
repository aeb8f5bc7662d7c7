using Transparency.Data.Building;

namespace Transparency.Web.Hosting;

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
}
