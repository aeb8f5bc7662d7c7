using System.Text.Json;
using System.Text.Json.Nodes;
using Transparency.Data.Dataset;

namespace Transparency.Web.Downloads;

/// <summary>
/// A page's view as rows, produced while they are written: the same records the page renders, flattened for
/// CSV and JSON.
/// </summary>
public sealed record ViewRows(
    string Name, string Description, IReadOnlyList<string> Columns,
    Func<CancellationToken, Task<long>> CountAsync,
    Func<CancellationToken, IAsyncEnumerable<IReadOnlyList<object?>>> Rows,
    JsonObject? Filters = null)
{
    public ValueTask CsvAsync(Stream output, CancellationToken cancellationToken) =>
        CsvExport.WriteAsync(output, Columns, Rows(cancellationToken), cancellationToken);

    public async ValueTask JsonAsync(Stream output, DatasetInfo info, CancellationToken cancellationToken)
    {
        var count = await CountAsync(cancellationToken);
        await JsonExport.EnvelopeAsync(output, info, Name, Description, Filters, count, Rows(cancellationToken), WriteRow, cancellationToken);
    }

    private void WriteRow(Utf8JsonWriter writer, IReadOnlyList<object?> row)
    {
        writer.WriteStartObject();
        for (var i = 0; i < Columns.Count; i++)
        {
            writer.WritePropertyName(Columns[i]);
            switch (row[i])
            {
                case null: writer.WriteNullValue(); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case long n: writer.WriteNumberValue(n); break;
                case double d: writer.WriteNumberValue(d); break;
                case string[] list:
                    // In CSV a list is one cell joined by "; "; in JSON it stays an array.
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        writer.WriteStringValue(item);
                    }
                    writer.WriteEndArray();
                    break;
                case var v: writer.WriteStringValue(v.ToString()); break;
            }
        }
        writer.WriteEndObject();
    }
}
