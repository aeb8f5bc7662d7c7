using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Transparency.Data;
using Transparency.Data.Dataset;
using Transparency.Data.Downloads;

namespace Transparency.Web.Downloads;

/// <summary>
/// Writes every /data file of one build into a folder, streaming: rows go from SQLite to the file as they are
/// read, hashed on the way; text files get a gzip copy; the zip is written entry by entry from those files.
/// Memory stays at a few buffers whatever the size of the data (the 1000× set has a 5.7 GB database).
/// </summary>
internal static class DatasetFileWriter
{
    private const string Csv = "text/csv; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";
    private const int BufferBytes = 128 * 1024;

    /// <summary>Fills <paramref name="directory"/> (empty, private to this writer) and returns what it wrote.</summary>
    public static async Task<Dictionary<string, DatasetFile>> WriteAsync(DatasetCatalog catalog, string databasePath, string directory, CancellationToken cancellationToken)
    {
        var info = catalog.Info;
        var files = new Dictionary<string, DatasetFile>(StringComparer.Ordinal);

        // The database file is linked (or copied) first and everything is read from that copy: a rebuild that
        // replaces the served file meanwhile cannot mix two builds in one set.
        var sqlite = Path.Combine(directory, DatasetCatalog.SqliteName);
        LinkOrCopy(databasePath, sqlite);
        var database = new Database(sqlite);
        var tables = new TableQueries(database);
        try
        {
            if ((await new DatasetQueries(database).ReadInfoAsync(cancellationToken: cancellationToken)).InputsSha256 != info.InputsSha256)
            {
                throw new IOException("The database was replaced while its downloads were being prepared; they will be prepared for the new build.");
            }
            foreach (var table in catalog.Tables)
            {
                var header = table.Columns.Select(c => c.Name).ToList();
                files[table.Name + ".csv"] = await WriteTextAsync(directory, table.Name + ".csv", Csv, (stream, ct) =>
                    CsvExport.WriteAsync(stream, header, tables.StreamRowsAsync(table, ct), ct), cancellationToken);
                files[table.Name + ".json"] = await WriteTextAsync(directory, table.Name + ".json", Json, async (stream, ct) =>
                {
                    // row_count is written before the rows, from the count the builder recorded; a mismatch would be a lie.
                    var written = await JsonExport.TableAsync(stream, info, table, tables.StreamRowsAsync(table, ct), ct);
                    if (written != table.RowCount)
                    {
                        throw new InvalidDataException($"{table.Name} has {written} rows but build_inputs records {table.RowCount}.");
                    }
                }, cancellationToken);
            }
        }
        finally
        {
            // The copy's path changes when the folder is renamed; its pooled connections must not linger.
            database.ClearPool();
        }

        var package = DataPackage.Build(info, catalog.Tables, files);
        var packageBytes = Encoding.UTF8.GetBytes(package.ToJsonString(DatasetFiles.Json));
        files[DatasetCatalog.PackageName] = await WriteTextAsync(directory, DatasetCatalog.PackageName, Json,
            (stream, ct) => stream.WriteAsync(packageBytes, ct), cancellationToken);

        var (zip, sqliteFile) = await WriteZipAsync(catalog, directory, files, cancellationToken);
        files[DatasetCatalog.SqliteName] = sqliteFile;
        files[DatasetCatalog.ZipName] = zip;
        return files;
    }

    /// <summary>A text file and its gzip copy (CompressionLevel.Optimal), both hashed while written.</summary>
    private static async Task<DatasetFile> WriteTextAsync(string directory, string name, string contentType, Func<Stream, CancellationToken, ValueTask> write, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, name);
        long length;
        string sha;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, useAsync: true))
        using (var hashing = new HashingStream(file, leaveOpen: true))
        {
            await write(hashing, cancellationToken);
            await hashing.FlushAsync(cancellationToken);
            (length, sha) = (hashing.Count, hashing.Sha256());
        }
        long gzipLength;
        string gzipSha;
        await using (var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, useAsync: true))
        await using (var target = new FileStream(path + ".gz", FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, useAsync: true))
        using (var hashing = new HashingStream(target, leaveOpen: true))
        {
            await using (var gzip = new GZipStream(hashing, CompressionLevel.Optimal, leaveOpen: true))
            {
                await source.CopyToAsync(gzip, BufferBytes, cancellationToken);
            }
            await hashing.FlushAsync(cancellationToken);
            (gzipLength, gzipSha) = (hashing.Count, hashing.Sha256());
        }
        return new DatasetFile(name, contentType, length, sha, gzipLength, gzipSha);
    }

    /// <summary>
    /// A deterministic zip: fixed entry times (the build time), sorted names, one folder, each entry copied from
    /// its file on disk. The SQLite file is hashed as it is read into the zip (one read of the largest file).
    /// </summary>
    private static async Task<(DatasetFile Zip, DatasetFile Sqlite)> WriteZipAsync(DatasetCatalog catalog, string directory, Dictionary<string, DatasetFile> files, CancellationToken cancellationToken)
    {
        var info = catalog.Info;
        var stamp = DateTimeOffset.Parse(info.BuiltAt, System.Globalization.CultureInfo.InvariantCulture);
        var readme = Encoding.UTF8.GetBytes(Readme(catalog));
        var names = files.Keys.Where(n => n.EndsWith(".csv", StringComparison.Ordinal) || n == DatasetCatalog.PackageName)
            .Append(DatasetCatalog.SqliteName).Append("README.txt").Order(StringComparer.Ordinal).ToList();
        var sums = new StringBuilder();
        DatasetFile? sqlite = null;
        var zipPath = Path.Combine(directory, DatasetCatalog.ZipName);
        await using (var output = new FileStream(zipPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferBytes))
        {
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var name in names)
                {
                    var entry = zip.CreateEntry($"transparency-{info.Version}/{name}", CompressionLevel.Optimal);
                    entry.LastWriteTime = stamp;
                    await using var target = entry.Open();
                    if (name == "README.txt")
                    {
                        await target.WriteAsync(readme, cancellationToken);
                        sums.Append($"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(readme))}  {name}\n");
                        continue;
                    }
                    await using var source = new FileStream(Path.Combine(directory, name), FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes);
                    if (name == DatasetCatalog.SqliteName)
                    {
                        using var hashing = new HashingStream(source, leaveOpen: true);
                        await hashing.CopyToAsync(target, BufferBytes, cancellationToken);
                        sqlite = new DatasetFile(name, "application/vnd.sqlite3", hashing.Count, hashing.Sha256());
                        sums.Append($"{sqlite.Sha256}  {name}\n");
                    }
                    else
                    {
                        await source.CopyToAsync(target, BufferBytes, cancellationToken);
                        sums.Append($"{files[name].Sha256}  {name}\n");
                    }
                }
                var sumsEntry = zip.CreateEntry($"transparency-{info.Version}/SHA256SUMS", CompressionLevel.Optimal);
                sumsEntry.LastWriteTime = stamp;
                await using var sumsStream = sumsEntry.Open();
                await sumsStream.WriteAsync(Encoding.UTF8.GetBytes(sums.ToString()), cancellationToken);
            }
            await output.FlushAsync(cancellationToken);
        }
        // The zip seeks back to fill in entry sizes, so it is hashed once it is complete.
        await using var written = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, useAsync: true);
        using var hash = new HashingStream(written, leaveOpen: true);
        await hash.CopyToAsync(Stream.Null, BufferBytes, cancellationToken);
        return (new DatasetFile(DatasetCatalog.ZipName, "application/zip", hash.Count, hash.Sha256()), sqlite!);
    }

    /// <summary>
    /// A hard link costs no space or time and keeps the build's bytes even after the watcher renames a new file
    /// over the database path; a copy where links are impossible (another file system, Windows).
    /// </summary>
    private static void LinkOrCopy(string source, string target)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                if (Link(source, target) == 0)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc link(): copy below.
            }
        }
        File.Copy(source, target);
    }

    // Paths go as NUL-terminated UTF-8 bytes, which is what link(2) takes.
    private static int Link(string oldPath, string newPath) => LinkNative(CString(oldPath), CString(newPath));

    private static byte[] CString(string path) => Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int LinkNative(byte[] oldPath, byte[] newPath);

    private static string Readme(DatasetCatalog catalog)
    {
        var (info, tables) = (catalog.Info, catalog.Tables);
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
