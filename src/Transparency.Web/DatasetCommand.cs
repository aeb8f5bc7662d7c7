using Transparency.Data.Building;

namespace Transparency.Web;

/// <summary>The `build` command: schema + CSVs → SQLite, reporting every problem with file, line and column.</summary>
public static class DatasetCommand
{
    public static int Build(string[] args, TextWriter output, TextWriter error)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var root = FindRepositoryRoot(Directory.GetCurrentDirectory());
        var data = Path.GetFullPath(Option("--data") ?? Path.Combine(root, "data"));
        var outputPath = Path.GetFullPath(Option("--out") ?? Path.Combine(data, "..", "artifacts", "transparency.db"));
        try
        {
            var result = DatasetBuilder.Build(data, outputPath);
            output.WriteLine($"Built {result.DatabasePath}: dataset {result.DatasetVersion}, inputs sha256 {result.InputsSha256}");
            return 0;
        }
        catch (DatasetBuildException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"Nothing was written; {outputPath} is unchanged.");
            return 1;
        }
    }

    private static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Transparency.sln")))
            {
                return dir.FullName;
            }
        }
        return start;
    }
}
