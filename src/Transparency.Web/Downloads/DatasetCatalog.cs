using Transparency.Data.Dataset;
using Transparency.Data.Downloads;

namespace Transparency.Web.Downloads;

/// <summary>What /data offers for one build, known at once (no file needs writing): the build and its tables.</summary>
public sealed record DatasetCatalog(DatasetInfo Info, IReadOnlyList<TableInfo> Tables)
{
    public const string SqliteName = "transparency.sqlite";
    public const string ZipName = "transparency.zip";
    public const string PackageName = "datapackage.json";

    /// <summary>Every file name /data/{file} serves for this build.</summary>
    public bool Offers(string file) => file is SqliteName or ZipName or PackageName
        || Tables.Any(t => file == t.Name + ".csv" || file == t.Name + ".json");

    /// <summary>The name a downloaded file is saved under, carrying the dataset version.</summary>
    public string DownloadName(string file) => file.StartsWith("transparency.", StringComparison.Ordinal)
        ? $"transparency-{Info.Version}{file["transparency".Length..]}"
        : $"transparency-{Info.Version}-{file}";
}
