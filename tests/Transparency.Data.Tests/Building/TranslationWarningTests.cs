using Transparency.Data.Building;

namespace Transparency.Data.Tests.Building;

public sealed class TranslationWarningTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void The_fixture_has_no_missing_translation()
    {
        var report = DatasetBuilder.Validate(_data.DataDirectory);

        Assert.DoesNotContain(report.Warnings, w => w.ColumnName?.EndsWith("_es", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_blanked_spanish_cell_is_a_warning_at_its_exact_file_line_and_column()
    {
        var (line, column) = _data.SetField("events", 3, "title_es", "");

        var report = DatasetBuilder.Validate(_data.DataDirectory);

        Assert.Empty(report.Errors);
        var warning = Assert.Single(report.Warnings, w => w.ColumnName == "title_es");
        Assert.Equal(("events.csv", line, column), (warning.File, warning.Line, warning.Column));
        Assert.True(warning.IsWarning);
        Assert.StartsWith($"events.csv:{line}:{column} (column 'title_es'): warning: no Spanish translation of title", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_translation_does_not_stop_the_build()
    {
        _data.SetField("rulings", 0, "summary_es", "");

        var result = _data.Build();

        Assert.Contains(result.Warnings, w => w.File == "rulings.csv" && w.ColumnName == "summary_es");
    }
}
