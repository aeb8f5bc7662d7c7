using Transparency.Data.Timeline;

namespace Transparency.Data.Tests;

/// <summary>The Spanish fallback (Database's <c>localized</c> SQL function), on a row whose translation is partly missing.</summary>
public sealed class LocalizedTextTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Spanish_reads_each_translation_and_the_english_where_a_translation_is_missing()
    {
        var (header, rows) = _data.Read("events");
        var row = rows[3];
        var id = row[header.IndexOf("id")];
        var title = row[header.IndexOf("title")];
        Assert.NotEqual(title, row[header.IndexOf("title_es")]);
        Assert.NotEqual(row[header.IndexOf("summary")], row[header.IndexOf("summary_es")]);
        _data.SetField("events", 3, "title_es", "");
        _data.Build();
        var timeline = new TimelineQueries(new Database(_data.DatabasePath));

        var spanish = await timeline.GetAsync(id, Language.Es, TestContext.Current.CancellationToken);
        var english = await timeline.GetAsync(id, Language.En, TestContext.Current.CancellationToken);

        Assert.Equal(title, spanish!.Title);
        Assert.Equal(row[header.IndexOf("summary_es")], spanish.Summary);
        Assert.Equal(row[header.IndexOf("actors_es")], spanish.Actors);
        Assert.Equal(title, english!.Title);
        Assert.Equal(row[header.IndexOf("summary")], english.Summary);
    }
}
