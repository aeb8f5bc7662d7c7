using Transparency.Data.Building;

namespace Transparency.Data.Tests.Building;

/// <summary>One good build of the real data, copied in front of each failing build so "unchanged" is checked against a real file.</summary>
public sealed class BaselineDatabase : IDisposable
{
    private readonly TestData _data = new();

    public BaselineDatabase()
    {
        DatasetBuilder.Build(_data.DataDirectory, _data.DatabasePath);
        Bytes = File.ReadAllBytes(_data.DatabasePath);
    }

    public byte[] Bytes { get; }

    public void CopyTo(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        File.WriteAllBytes(databasePath, Bytes);
    }

    public void Dispose() => _data.Dispose();
}
