namespace Transparency.Web.Downloads;

/// <summary>Every /data file of one build, complete on disk in <paramref name="Directory"/> (never a half-written file).</summary>
public sealed record DatasetFileSet(DatasetCatalog Catalog, string Directory, IReadOnlyDictionary<string, DatasetFile> Files)
{
    public string PathOf(string name) => Path.Combine(Directory, name);
}
