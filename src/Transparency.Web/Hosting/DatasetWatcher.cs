using Microsoft.Data.Sqlite;
using Transparency.Data.Building;

namespace Transparency.Web.Hosting;

/// <summary>
/// Keeps the served file in step with data/: builds it before the first request when missing or stale,
/// then polls for edits and rebuilds. A failed build never touches the served file; a good one is renamed
/// over it atomically, so in-flight requests finish on the old file and new ones open the new file.
/// </summary>
public sealed partial class DatasetWatcher(DatasetPaths paths, IConfiguration configuration, ILogger<DatasetWatcher> logger) : BackgroundService
{
    private string? _lastSignature;
    private string? _lastFailedSha;

    /// <summary>The last build problem, for /healthz; null when the served file matches data/.</summary>
    public string? LastProblem { get; private set; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Synchronously, so the first request already has a database (or a clear reason why not).
        Check(force: true);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Dataset:PollSeconds", 2.0));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Check(force: false);
        }
    }

    /// <summary>Rebuilds when an input changed or the served file is missing; safe to call any time.</summary>
    public void Check(bool force)
    {
        try
        {
            // Cheap signature first (names, sizes, times); hash and rebuild only when it moves.
            var signature = Signature();
            if (!force && signature == _lastSignature && Opens(paths.DatabasePath))
            {
                return;
            }
            _lastSignature = signature;
            var inputs = DatasetBuilder.ComputeInputsSha256(paths.DataDirectory);
            if (inputs == _lastFailedSha && Opens(paths.DatabasePath))
            {
                return;
            }
            var result = DatasetBuilder.EnsureBuilt(paths.DataDirectory, paths.DatabasePath);
            if (result.Rebuilt)
            {
                // Pooled connections still point at the replaced file; drop them as they come back.
                SqliteConnection.ClearAllPools();
                LogRebuilt(logger, result.DatasetVersion);
            }
            LastProblem = null;
            _lastFailedSha = null;
        }
        catch (DatasetBuildException ex)
        {
            _lastFailedSha = DatasetBuilder.ComputeInputsSha256(paths.DataDirectory);
            LastProblem = $"data/ has {ex.Errors.Count} problem(s); still serving the previous build. First: {ex.Errors[0]}";
            LogBuildFailed(logger, ex.Errors.Count, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            LastProblem = "The dataset could not be built: " + ex.Message;
            LogBuildError(logger, ex);
        }
    }

    /// <summary>A missing or corrupt file is rebuilt from data/ on the next poll.</summary>
    private static bool Opens(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        try
        {
            using var connection = DatasetBuilder.OpenReadOnly(path, pooled: false);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM build_info";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "The dataset could not be built")]
    private static partial void LogBuildError(ILogger logger, Exception exception);
}
