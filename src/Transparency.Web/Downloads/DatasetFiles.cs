using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Transparency.Data;
using Transparency.Data.Dataset;
using Transparency.Data.Downloads;

namespace Transparency.Web.Downloads;

/// <summary>A downloadable file with its bytes and checksum.</summary>
public sealed record DatasetFile(string Name, string ContentType, byte[] Bytes)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));
}

/// <summary>Everything /data offers, built once per dataset build (the data never changes while served).</summary>
public sealed record DatasetFileSet(DatasetInfo Info, IReadOnlyList<TableInfo> Tables, IReadOnlyDictionary<string, DatasetFile> Files)
{
    public const string SqliteName = "transparency.sqlite";
    public const string ZipName = "transparency.zip";
    public const string PackageName = "datapackage.json";

    /// <summary>The name a downloaded file is saved under, carrying the dataset version.</summary>
    public string DownloadName(string file) => file.StartsWith("transparency.", StringComparison.Ordinal)
        ? $"transparency-{Info.Version}{file["transparency".Length..]}"
        : $"transparency-{Info.Version}-{file}";
}

public sealed class DatasetFiles(Database database, DatasetQueries datasetQueries, TableQueries tableQueries) : IDisposable
{
    // Keeps Spanish and symbols readable (é, §, ≈) but always escapes < > & ' so a reflected filter
    // value can never become markup, whatever a client does with the JSON.
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DatasetFileSet? _current;

    public void Dispose() => _gate.Dispose();

    public async Task<DatasetFileSet> GetAsync(CancellationToken cancellationToken = default)
    {
        var info = await datasetQueries.GetInfoAsync(cancellationToken: cancellationToken);
        if (_current is { } current && current.Info.InputsSha256 == info.InputsSha256)
        {
            return current;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is not { } again || again.Info.InputsSha256 != info.InputsSha256)
            {
                _current = await BuildAsync(info, cancellationToken);
            }
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<DatasetFileSet> BuildAsync(DatasetInfo info, CancellationToken cancellationToken)
    {
        var tables = await tableQueries.GetTablesAsync(cancellationToken);
        var files = new Dictionary<string, DatasetFile>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rows = await tableQueries.ReadRowsAsync(table, cancellationToken);
            files[table.Name + ".csv"] = new DatasetFile(table.Name + ".csv", "text/csv; charset=utf-8",
                CsvExport.Write(table.Columns.Select(c => c.Name).ToList(), rows));
            files[table.Name + ".json"] = new DatasetFile(table.Name + ".json", "application/json; charset=utf-8",
                JsonExport.Table(info, table, rows));
        }
        var package = DataPackage.Build(info, tables, files);
        files[DatasetFileSet.PackageName] = new DatasetFile(DatasetFileSet.PackageName, "application/json; charset=utf-8",
            Encoding.UTF8.GetBytes(package.ToJsonString(Json)));
        files[DatasetFileSet.SqliteName] = new DatasetFile(DatasetFileSet.SqliteName, "application/vnd.sqlite3", await File.ReadAllBytesAsync(database.Path, cancellationToken));
        var readme = new DatasetFile("README.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(Readme(info, tables)));
        var inZip = files.Values.Where(f => f.Name.EndsWith(".csv", StringComparison.Ordinal) || f.Name is DatasetFileSet.PackageName or DatasetFileSet.SqliteName)
            .Append(readme).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var sums = new DatasetFile("SHA256SUMS", "text/plain; charset=utf-8",
            Encoding.UTF8.GetBytes(string.Concat(inZip.Select(f => $"{f.Sha256}  {f.Name}\n"))));
        files[DatasetFileSet.ZipName] = new DatasetFile(DatasetFileSet.ZipName, "application/zip", Zip(info, [.. inZip, sums]));
        return new DatasetFileSet(info, tables, files);
    }

    /// <summary>A deterministic zip: fixed entry times (the build time), sorted names, one folder.</summary>
    private static byte[] Zip(DatasetInfo info, IReadOnlyList<DatasetFile> files)
    {
        var stamp = DateTimeOffset.Parse(info.BuiltAt, System.Globalization.CultureInfo.InvariantCulture);
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry($"transparency-{info.Version}/{file.Name}", CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(file.Bytes);
            }
        }
        return memory.ToArray();
    }

    private static string Readme(DatasetInfo info, IReadOnlyList<TableInfo> tables)
    {
        var text = new StringBuilder();
        text.AppendLine(info.Title).AppendLine();
        text.AppendLine($"Dataset version {info.Version}, facts as of {info.AsOf}, coverage ends {info.CoverageEnd}, built {info.BuiltAt}.");
        text.AppendLine($"License: {info.License} ({info.LicenseUrl}). Credit \"Transparency\" and link to the page you used.").AppendLine();
        text.AppendLine(info.Description).AppendLine();
        text.AppendLine("Files:");
        text.AppendLine("  datapackage.json   Frictionless Data Package: every table's fields, types, constraints and keys");
        text.AppendLine("  transparency.sqlite  the same data as one SQLite database (open with sqlite3 or DB Browser for SQLite)");
        foreach (var table in tables)
        {
            text.AppendLine($"  {table.Name + ".csv",-22} {table.RowCount} rows. {table.Description}");
        }
        text.AppendLine("  SHA256SUMS          checksums: sha256sum -c SHA256SUMS").AppendLine();
        text.AppendLine("CSV files are UTF-8, RFC 4180, with a header row. An empty cell means not reported or not applicable, never zero.");
        text.AppendLine("Dates are ISO 8601 at the precision the sources give (YYYY-MM-DD, YYYY-MM or YYYY); a *_precision column says which.");
        text.AppendLine("A text cell that would start with = + - or @ is prefixed with an apostrophe so spreadsheets do not run it as a formula.");
        return text.ToString();
    }
}
