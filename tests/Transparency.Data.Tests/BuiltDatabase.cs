using Transparency.Data.Building;

namespace Transparency.Data.Tests;

/// <summary>One real build of the bundled dataset, shared by the query tests of a class.</summary>
public sealed class BuiltDatabase : IDisposable
{
    private readonly TestData _data = new();

    public BuiltDatabase()
    {
        DatasetBuilder.Build(_data.DataDirectory, _data.DatabasePath);
        Database = new Database(_data.DatabasePath);
    }

    public Database Database { get; }

    public void Dispose() => _data.Dispose();
}
