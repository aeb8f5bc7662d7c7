namespace Transparency.Web.Tests.Api;

/// <summary>Where the repository and its pinned npm tools are, found from the test binaries upwards.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Tools => Path.Combine(Root, "tests", "tools");

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
