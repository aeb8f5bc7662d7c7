using Dapper;
using Microsoft.Data.Sqlite;
using Transparency.Data.Building;

namespace Transparency.Data;

/// <summary>The built, read-only SQLite file every query reads from.</summary>
public sealed class Database
{
    static Database()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public Database(string path)
    {
        Path = path;
        ConnectionString = DatasetBuilder.ReadOnlyConnectionString(path);
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
