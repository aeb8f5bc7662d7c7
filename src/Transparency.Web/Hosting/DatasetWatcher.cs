using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Transparency.Data.Building;

namespace Transparency.Web.Hosting;

/// <summary>
/// Keeps the served file in step with data/: builds it before the first request when missing or stale,
/// then polls for edits and rebuilds. A failed build never touches the served file; a good one is renamed
/// over it atomically, so in-flight requests finish on the old file and new ones open the new file.
/// </summary>
public sealed partial class DatasetWatcher(
    DatasetPaths paths, Transparency.Data.Database database, IConfiguration configuration, IOutputCacheStore outputCache, TimeProvider clock, ILogger<DatasetWatcher> logger) : BackgroundService
{
    private string? _lastSignature;
    private string? _lastFailedSha;

    /// <summary>The last build problem, for /healthz; null when the served file matches data/.</summary>
    public string? LastProblem { get; private set; }

    /// <summary>The inputs' SHA-256 recorded in the file being served (null when none opens): part of every cache key and ETag.</summary>
    public string? ServedInputsSha256 { get; private set; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Synchronously, so the first request already has a database (or a clear reason why not).
        Check(force: true);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Dataset:PollSeconds", 2.0));
        // On the injected clock, so tests advance time instead of sleeping.
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Check(force: false);
        }
    }

    /// <summary>Rebuilds when an input changed or the served file is missing; safe to call any time.</summary>
    public void Check(bool force)
    {
        string? inputs = null;
        try
        {
            // Cheap signature first (names, sizes, times); hash and rebuild only when it moves.
            var signature = Signature();
            if (!force && signature == _lastSignature && Opens(paths.DatabasePath))
            {
                return;
            }
            _lastSignature = signature;
            var remembered = RememberedSha(signature);
            inputs = remembered ?? DatasetBuilder.ComputeInputsSha256(paths.DataDirectory);
            if (inputs == _lastFailedSha && Opens(paths.DatabasePath))
            {
                return;
            }
            var result = DatasetBuilder.EnsureBuilt(paths.DataDirectory, paths.DatabasePath, inputs, clock);
            if (result.InputsSha256 != remembered)
            {
                Remember(signature, result.InputsSha256);
            }
            ServedInputsSha256 = result.InputsSha256;
            if (result.Rebuilt)
            {
                // Pooled connections still point at the replaced file, and cached reads came from it.
                database.DatasetReplaced();
                // Cached answers were drawn from the old file (the key also carries the build, so a
                // render that raced the switch cannot be served under the new one).
                outputCache.EvictByTagAsync(HttpCaching.DatasetTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                LogRebuilt(logger, result.DatasetVersion);
            }
            LastProblem = null;
            _lastFailedSha = null;
        }
        catch (DatasetBuildException ex)
        {
            _lastFailedSha = inputs ?? DatasetBuilder.ComputeInputsSha256(paths.DataDirectory);
            ServedInputsSha256 ??= DatasetBuilder.ReadInputsSha256(paths.DatabasePath);
            LastProblem = $"data/ has {ex.Errors.Count} problem(s); still serving the previous build. First: {ex.Errors[0]}";
            LogBuildFailed(logger, ex.Errors.Count, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            LastProblem = "The dataset could not be built: " + ex.Message;
            ServedInputsSha256 ??= DatasetBuilder.ReadInputsSha256(paths.DatabasePath);
            LogBuildError(logger, ex);
        }
    }

    // Hashing the inputs is the slow part of every start with a large data set (2.8 GB of CSV at 1000x: 10 s
    // before the first answer). The last hash is kept beside the database with the signature of the files
    // it was computed for, taken before hashing, so a file written during or after the hash cannot match:
    // while no name, size or modification time changed, the hash is reused (rsync's quick check). An edit
    // that keeps a file's size and resets its time is not seen until the next change; `build` hashes always.
    private string RememberedInputsPath => paths.DatabasePath + ".inputs";

    private string? RememberedSha(string signature)
    {
        try
        {
            var lines = File.ReadAllLines(RememberedInputsPath);
            return lines.Length == 2 && lines[0] == signature && lines[1].Length == 64 ? lines[1] : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Remember(string signature, string inputsSha)
    {
        var temp = $"{RememberedInputsPath}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllLines(temp, [signature, inputsSha]);
            File.Move(temp, RememberedInputsPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a faster next start is lost.
            LogNotRemembered(logger, ex.Message);
        }
    }

    /// <summary>A missing or corrupt file is rebuilt from data/ on the next poll.</summary>
    private static bool Opens(string path) => DatasetBuilder.ReadInputsSha256(path) is not null;

    private string Signature()
    {
        if (!Directory.Exists(paths.DataDirectory))
        {
            return "missing";
        }
        return string.Join("|", Directory.EnumerateFiles(paths.DataDirectory)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the dataset (version {Version}) from data/ and switched to it")]
    private static partial void LogRebuilt(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "data/ did not build ({Count} problems); still serving the previous file.\n{Problems}")]
    private static partial void LogBuildFailed(ILogger logger, int count, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remember the inputs' hash beside the database ({Reason}); the next start hashes them again")]
    private static partial void LogNotRemembered(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The dataset could not be built")]
    private static partial void LogBuildError(ILogger logger, Exception exception);
}
