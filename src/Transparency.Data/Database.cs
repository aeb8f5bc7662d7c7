using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;
using Transparency.Data.Building;
using Transparency.Data.Values;

namespace Transparency.Data;

/// <summary>The built, read-only SQLite file every query reads from.</summary>
public sealed class Database
{
    static Database()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Vocabulary columns read into enums and date columns into PartialDate (see Values/). Dapper
        // ignores type handlers for enums unless told to prefer them.
        SqlMapper.Settings.PreferTypeHandlersForEnums = true;
        SqlMapper.AddTypeHandler(new PartialDateHandler());
        SqlMapper.AddTypeHandler(new VocabularyHandler<Basis>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<SourceTier>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<DocumentKind>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<DatePrecision>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<EventCategory>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<SourceKind>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<CaseStatus>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<RulingKind>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<RulingOutcome>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<RulingEffect>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<Qualifier>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<RequestOutcome>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<UnknownKind>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<FeedEntryKind>());
        SqlMapper.AddTypeHandler(new VocabularyHandler<GuideSection>());
    }

    public Database(string path)
    {
        Path = path;
        _connectionString = DatasetBuilder.ReadOnlyConnectionString(path);
    }

    public string Path { get; }

    // Private: every connection must come from OpenAsync, which registers the functions the SQL uses.
    private readonly string _connectionString;

    // What was read once per served build, keyed by the build's generation: the file never changes while it
    // is served, so such reads need not be repeated per request.
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>
    /// Called once a new file is served: pooled connections and every cached read are dropped. A read that
    /// started on the old file is not stored, because the generation moved under it.
    /// </summary>
    public void DatasetReplaced()
    {
        ClearPool();
        Interlocked.Increment(ref _generation);
        _cache.Clear();
    }

    /// <summary>
    /// Drops this file's pooled connections as they come back. A pooled handle keeps reading the file it
    /// opened, so after the file was replaced (or could not be read) the next query must open anew.
    /// </summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>The value read by <paramref name="read"/> for this build, read once per <paramref name="key"/>.</summary>
    public async Task<T> ReadOncePerBuildAsync<T>(string key, Func<Task<T>> read) where T : class
    {
        var generation = Interlocked.Read(ref _generation);
        if (_cache.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }
        var value = await read();
        if (Interlocked.Read(ref _generation) == generation)
        {
            _cache.TryAdd(key, value);
        }
        return value;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        connection.CreateFunction("localized", Localized, isDeterministic: true);
        return connection;
    }

    /// <summary>
    /// The Spanish fallback, the one place it is decided: SQL selects a translated column as
    /// <c>localized(@es, title, title_es) AS title</c>, which is the Spanish text when @es is true and a
    /// translation exists, else the English (an untranslated row reads in English, never blank).
    /// </summary>
    private static readonly Func<bool, string?, string?, string?> Localized =
        (es, english, spanish) => es && !string.IsNullOrEmpty(spanish) ? spanish : english;
}
