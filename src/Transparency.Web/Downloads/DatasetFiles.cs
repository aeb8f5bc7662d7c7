using System.Diagnostics;
using System.Text.Json;
using Transparency.Data;
using Transparency.Data.Dataset;
using Transparency.Data.Downloads;

namespace Transparency.Web.Downloads;

/// <summary>
/// Prepares every /data file once per served build, on disk, in the background: started as soon as a build is
/// served (this service polls like the watcher), so neither start-up nor the first page waits for it. Files go
/// into <c>&lt;root&gt;/&lt;inputs sha&gt;/</c>, written under a temporary name and renamed whole, so a request
/// never sees a half file; a restart finds the folder (its manifest) and prepares nothing. Folders of builds
/// no longer served are deleted.
/// </summary>
public sealed partial class DatasetFiles(
    Database database, DatasetQueries datasetQueries, TableQueries tableQueries, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<DatasetFiles> logger) : BackgroundService
{
    // Keeps Spanish and symbols readable (é, §, ≈) but always escapes < > & ' so a reflected filter
    // value can never become markup, whatever a client does with the JSON.
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Where the folders go; by default beside the database (same file system, so the database is hard-linked, not copied).</summary>
    public const string DirectoryKey = "Dataset:DownloadsDirectory";

    private const string ManifestName = "manifest.json";
    private const string TempPrefix = ".tmp-";

    // A failed preparation (a full disk, a build switched under it) is tried again after this long, not on every request.
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private Preparation? _current;

    private sealed record Preparation(string Sha, Task<DatasetCatalog> Catalog, Task<DatasetFileSet> Files, CancellationTokenSource Cancel, DateTime StartedAt)
    {
        public bool Failed => Catalog.IsFaulted || Files.IsFaulted || Files.IsCanceled;
    }

    public string Root => configuration[DirectoryKey] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : database.Path + ".downloads";

    /// <summary>The build's tables and row counts, known at once (no file needs to be written first).</summary>
    public async Task<DatasetCatalog> GetCatalogAsync(CancellationToken cancellationToken = default) =>
        await (await CurrentAsync(cancellationToken)).Catalog.WaitAsync(cancellationToken);

    /// <summary>
    /// The files of the served build once they are on disk; null while they are being prepared. Waits at most
    /// until <paramref name="wait"/> after the preparation started: a small build is ready within that, and once
    /// a big one has taken longer, nobody is kept waiting for it any more.
    /// </summary>
    public async Task<DatasetFileSet?> GetFilesAsync(TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(cancellationToken);
        var files = current.Files;
        var left = current.StartedAt + wait - DateTime.UtcNow;
        if (!files.IsCompleted && left > TimeSpan.Zero)
        {
            await Task.WhenAny(files, Task.Delay(left, cancellationToken));
        }
        return files.IsCompletedSuccessfully ? files.Result : null;
    }

    /// <summary>The files of the served build, however long preparing them takes (tests, the static export).</summary>
    public async Task<DatasetFileSet> GetFilesAsync(CancellationToken cancellationToken = default) =>
        await (await CurrentAsync(cancellationToken)).Files.WaitAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Dataset:PollSeconds", 2.0));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Whatever build the watcher switched to is what CurrentAsync prepares.
                await (await CurrentAsync(stoppingToken)).Files.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // No readable database yet, or a failed preparation (already logged): try again on the next tick.
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        _current?.Cancel.Cancel();
        base.Dispose();
    }

    private async Task<Preparation> CurrentAsync(CancellationToken cancellationToken)
    {
        var info = await datasetQueries.GetInfoAsync(cancellationToken: cancellationToken);
        lock (_lock)
        {
            var current = _current;
            if (current is not null && current.Sha == info.InputsSha256 && !(current.Failed && DateTime.UtcNow - current.StartedAt > RetryAfterFailure))
            {
                return current;
            }
            // A new build (or a retry): the old preparation, if still running, is of no use any more.
            current?.Cancel.Cancel();
            var cancel = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
            var catalog = Task.Run(() => LoadCatalogAsync(info, cancel.Token), CancellationToken.None);
            var files = Task.Run(() => PrepareAsync(catalog, cancel.Token), CancellationToken.None);
            return _current = new Preparation(info.InputsSha256, catalog, files, cancel, DateTime.UtcNow);
        }
    }

    private async Task<DatasetCatalog> LoadCatalogAsync(DatasetInfo info, CancellationToken cancellationToken) =>
        new(info, await tableQueries.GetTablesAsync(cancellationToken));

    private async Task<DatasetFileSet> PrepareAsync(Task<DatasetCatalog> catalogTask, CancellationToken cancellationToken)
    {
        var catalog = await catalogTask;
        var sha = catalog.Info.InputsSha256;
        var root = Root;
        var folder = Path.Combine(root, sha);
        if (Load(catalog, folder) is { } existing)
        {
            DeleteOthers(root, sha);
            return existing;
        }
        Directory.CreateDirectory(root);
        var temp = Path.Combine(root, $"{TempPrefix}{sha[..Math.Min(12, sha.Length)]}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            var clock = Stopwatch.StartNew();
            var files = await DatasetFileWriter.WriteAsync(catalog, database.Path, temp, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(temp, ManifestName),
                JsonSerializer.Serialize(files.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList(), Json), cancellationToken);
            try
            {
                Directory.Move(temp, folder);
            }
            catch (IOException) when (Directory.Exists(folder))
            {
                // Another process serving the same database prepared the same build first: use its folder.
                Directory.Delete(temp, recursive: true);
                return Load(catalog, folder) ?? throw new IOException($"{folder} exists but holds no complete set of downloads.");
            }
            LogPrepared(logger, catalog.Info.Version, files.Count, clock.Elapsed.TotalSeconds, folder);
            DeleteOthers(root, sha);
            return new DatasetFileSet(catalog, folder, files);
        }
        catch (Exception ex)
        {
            TryDelete(temp);
            if (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, catalog.Info.Version);
            }
            throw;
        }
    }

    /// <summary>A folder written before (by this process or an earlier one), when it holds every file its manifest lists.</summary>
    private static DatasetFileSet? Load(DatasetCatalog catalog, string folder)
    {
        var manifest = Path.Combine(folder, ManifestName);
        if (!File.Exists(manifest))
        {
            return null;
        }
        try
        {
            var files = JsonSerializer.Deserialize<List<DatasetFile>>(File.ReadAllText(manifest), Json) ?? [];
            var complete = files.All(f => Matches(Path.Combine(folder, f.Name), f.Length)
                && (f.GzipLength is not { } gz || Matches(Path.Combine(folder, f.GzipName), gz)));
            var byName = files.ToDictionary(f => f.Name, StringComparer.Ordinal);
            var offered = catalog.Tables.SelectMany(t => new[] { t.Name + ".csv", t.Name + ".json" })
                .Concat([DatasetCatalog.PackageName, DatasetCatalog.SqliteName, DatasetCatalog.ZipName]);
            return complete && offered.All(byName.ContainsKey) ? new DatasetFileSet(catalog, folder, byName) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool Matches(string path, long length) => new FileInfo(path) is { Exists: true } file && file.Length == length;

    /// <summary>
    /// Folders of other builds go once this one is served (a request still reading an old file keeps it open,
    /// which Unix allows); temporary folders only when old, since another process may be writing one.
    /// </summary>
    private void DeleteOthers(string root, string sha)
    {
        lock (_lock)
        {
            if (_current?.Sha != sha)
            {
                return;
            }
        }
        foreach (var directory in new DirectoryInfo(root).EnumerateDirectories())
        {
            var stale = directory.Name.StartsWith(TempPrefix, StringComparison.Ordinal)
                ? DateTime.UtcNow - directory.LastWriteTimeUtc > TimeSpan.FromDays(1)
                : directory.Name != sha;
            if (stale)
            {
                TryDelete(directory.FullName);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's clean-up.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prepared the downloads of dataset version {Version} ({Count} files) in {Seconds:0.0} s in {Folder}")]
    private static partial void LogPrepared(ILogger logger, string version, int count, double seconds, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Preparing the downloads of dataset version {Version} failed; /data/{{file}} answers 503 until a retry succeeds")]
    private static partial void LogFailed(ILogger logger, Exception exception, string version);
}
