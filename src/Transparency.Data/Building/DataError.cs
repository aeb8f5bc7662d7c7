namespace Transparency.Data.Building;

/// <summary>One problem in the dataset's input files, located precisely enough to fix by hand.</summary>
/// <param name="File">The file name, e.g. <c>events.csv</c>.</param>
/// <param name="Line">1-based physical line; 0 when the problem is the file as a whole.</param>
/// <param name="Column">1-based CSV column (field) number, 0 when the problem is the whole line or file.</param>
/// <param name="ColumnName">The header name of that column, when known.</param>
/// <param name="Message">A plain reason.</param>
public sealed record DataError(string File, int Line, int Column, string? ColumnName, string Message)
{
    public override string ToString()
    {
        var where = Line == 0 ? File : Column == 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
        var column = ColumnName is null ? "" : $" (column '{ColumnName}')";
        return $"{where}{column}: {Message}";
    }
}

/// <summary>Thrown when the inputs break the schema; the target database is left untouched.</summary>
public sealed class DatasetBuildException(IReadOnlyList<DataError> errors)
    : Exception($"The dataset has {errors.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<DataError> Errors { get; } = errors;
}
