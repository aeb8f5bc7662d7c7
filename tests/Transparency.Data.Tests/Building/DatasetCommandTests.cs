using Transparency.Data.Building;

namespace Transparency.Data.Tests.Building;

public sealed class DatasetCommandTests : IDisposable
{
    // The fixture's facts by the tier of their best source, as validate and build print them.
    private const string FixtureSourcing = "sources: of 133 facts, 8 cite a primary document, 17 an official record (best), 84 original reporting (best), 18 only a republication, 6 only an aggregator; 127 of 133 (95.5%) cite a source that is not an aggregator";

    private const string HttpWarning = "sources.csv:56:6 (column 'url'): warning: 'http://www.parkertaxresearch.net/public/irs-address-sharing-ice-stay.html' uses plain http; https is expected (keep http only when the publisher offers nothing else)";

    private readonly TestData _data = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _data.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private string[] OutputLines => Lines(_output);

    private string[] ErrorLines => Lines(_error);

    private static string[] Lines(StringWriter writer) => writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Validate_exits_0_on_the_fixture_printing_its_one_warning_and_a_summary()
    {
        var exit = DatasetCommand.Validate(["--data", _data.DataDirectory], _output, _error);

        Assert.Equal(0, exit);
        Assert.Equal([HttpWarning, FixtureSourcing, $"{_data.DataDirectory}/ is valid: 20 files, 822 rows, 1 warning"], OutputLines);
        Assert.Empty(ErrorLines);
        Assert.False(Directory.Exists(Path.GetDirectoryName(_data.DatabasePath)));
    }

    [Fact]
    public void Validate_exits_1_printing_every_problem_then_the_warnings_then_a_summary()
    {
        _data.SetField("citations", 0, "source_id", "no-such-source");
        _data.SetField("figure_values", 1, "is_preferred", "1");

        var exit = DatasetCommand.Validate(["--data", _data.DataDirectory + "/"], _output, _error);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "citations.csv:2:1 (column 'source_id'): 'no-such-source' does not exist in sources.csv (id)",
                "figure_values.csv:3:13 (column 'is_preferred'): figure 'ice-first-request' already has a preferred value on line 2; exactly one value per figure has is_preferred = 1",
                HttpWarning,
                "2 problems in 2 files (and 1 warning)",
            ],
            OutputLines);
        Assert.Empty(ErrorLines);
    }

    [Fact]
    public void Validate_exits_2_on_an_unknown_argument()
    {
        var exit = DatasetCommand.Validate(["--date", _data.DataDirectory], _output, _error);

        Assert.Equal(2, exit);
        Assert.Equal(["unknown argument '--date'", "usage: validate [--data DIR]"], ErrorLines);
        Assert.Empty(OutputLines);
    }

    [Fact]
    public void Build_refuses_what_validate_refuses_and_leaves_the_previous_file_unchanged()
    {
        Assert.Equal(0, DatasetCommand.Build(["--data", _data.DataDirectory, "--out", _data.DatabasePath], _output, _error));
        var before = File.ReadAllBytes(_data.DatabasePath);
        _data.SetField("events", 3, "category", "rumour");
        using var validateOutput = new StringWriter();
        DatasetCommand.Validate(["--data", _data.DataDirectory], validateOutput, TextWriter.Null);

        var exit = DatasetCommand.Build(["--data", _data.DataDirectory, "--out", _data.DatabasePath], _output, _error);

        Assert.Equal(1, exit);
        Assert.Equal([.. Lines(validateOutput), $"Nothing was written; {_data.DatabasePath} is unchanged."], ErrorLines);
        Assert.StartsWith("events.csv:5:13 (column 'category'): 'rumour' is not one of filing, hearing,", ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_data.DatabasePath));
        Assert.Equal([Path.GetFileName(_data.DatabasePath)], Directory.EnumerateFiles(Path.GetDirectoryName(_data.DatabasePath)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_prints_the_warnings_and_what_it_built()
    {
        var exit = DatasetCommand.Build(["--data", _data.DataDirectory, "--out", _data.DatabasePath], _output, _error);

        Assert.Equal(0, exit);
        Assert.Equal(HttpWarning, OutputLines[0]);
        Assert.Equal(FixtureSourcing, OutputLines[1]);
        Assert.StartsWith($"Built {_data.DatabasePath}: dataset 1.0.0, inputs sha256 ", OutputLines[2], StringComparison.Ordinal);
        Assert.Equal(3, OutputLines.Length);
        Assert.Empty(ErrorLines);
    }
}
