using System.Text.Json;
using System.Text.Json.Nodes;
using Transparency.Data.Dataset;
using Transparency.Data.Downloads;

namespace Transparency.Web.Downloads;

/// <summary>JSON twins of the CSVs: typed values (numbers, booleans, null for not reported), written row by row.</summary>
public static class JsonExport
{
    // The same text DatasetFiles.Json gave when the document was built in memory: indented, readable Spanish
    // and symbols, < > & ' escaped.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = DatasetFiles.Json.Encoder };

    // Written bytes are handed to the output whenever this many are pending.
    private const int ChunkBytes = 64 * 1024;

    /// <summary>One published table's rows, typed by its columns.</summary>
    public static ValueTask<long> TableAsync(Stream output, DatasetInfo info, TableInfo table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        EnvelopeAsync(output, info, table.Name, table.Description, null, table.RowCount, rows, (writer, row) =>
        {
            writer.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                writer.WritePropertyName(column.Name);
                switch (row[i])
                {
                    case null: writer.WriteNullValue(); break;
                    case long n when column.IsBoolean: writer.WriteBooleanValue(n == 1); break;
                    case long n: writer.WriteNumberValue(n); break;
                    case double d: writer.WriteNumberValue(d); break;
                    case var v: writer.WriteStringValue(v.ToString()); break;
                }
            }
            writer.WriteEndObject();
        }, cancellationToken);

    /// <summary>
    /// The common wrapper (what the rows are, which dataset version, under which license), then each row as it
    /// arrives. The count comes first in the document, so it is passed in (recorded at build time or counted
    /// by the page's own count query); returns how many rows were written.
    /// </summary>
    public static async ValueTask<long> EnvelopeAsync<T>(Stream output, DatasetInfo info, string name, string description, JsonObject? filters,
        long rowCount, IAsyncEnumerable<T> rows, Action<Utf8JsonWriter, T> writeRow, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("description", description);
        writer.WriteString("dataset_version", info.Version);
        writer.WriteString("as_of", info.AsOf);
        writer.WriteString("license", info.License);
        writer.WriteString("license_url", info.LicenseUrl);
        writer.WritePropertyName("filters");
        if (filters is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            filters.WriteTo(writer, DatasetFiles.Json);
        }
        writer.WriteNumber("row_count", rowCount);
        writer.WriteStartArray("rows");
        var written = 0L;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            writeRow(writer, row);
            written++;
            if (writer.BytesPending >= ChunkBytes)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        return written;
    }
}
