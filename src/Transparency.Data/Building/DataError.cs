namespace Transparency.Data.Building;

/// <summary>Whether a problem refuses the data (error) or is only worth a look (warning).</summary>
public enum DataSeverity
{
    Error,
    Warning,
}

/// <summary>One problem in the dataset's input files, located precisely enough to fix by hand.</summary>
/// <param name="File">The file name, e.g. <c>events.csv</c>.</param>
/// <param name="Line">1-based physical line; 0 when the problem is the file as a whole.</param>
/// <param name="Column">1-based CSV column (field) number, 0 when the problem is the whole line or file.</param>
/// <param name="ColumnName">The header name of that column, when known.</param>
/// <param name="Message">A plain reason.</param>
/// <param name="Severity">Errors refuse the data; warnings are reported and let it through.</param>
public sealed record DataError(string File, int Line, int Column, string? ColumnName, string Message, DataSeverity Severity = DataSeverity.Error)
{
    public bool IsWarning => Severity == DataSeverity.Warning;

    /// <summary><c>events.csv:12:13 (column 'category'): 'rumour' is not one of ...</c>, like a compiler's message.</summary>
    public override string ToString()
    {
        var where = Line == 0 ? File : Column == 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
        var column = ColumnName is null ? "" : $" (column '{ColumnName}')";
        var severity = IsWarning ? "warning: " : "";
        return $"{where}{column}: {severity}{Message}";
    }
}

/// <summary>Thrown when the inputs break the schema; the target database is left untouched.</summary>
public sealed class DatasetBuildException : Exception
{
    public DatasetBuildException(IReadOnlyList<DataError> errors)
        : this(new ValidationReport(errors, [], 0, 0))
    {
    }

    public DatasetBuildException(ValidationReport report)
        : base($"The dataset has {report.Errors.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, report.Errors))
    {
        Report = report;
    }

    public IReadOnlyList<DataError> Errors => Report.Errors;

    /// <summary>Everything the checks found, warnings included: the same report <see cref="DatasetBuilder.Validate"/> gives.</summary>
    public ValidationReport Report { get; }
}
