using System.Globalization;
using System.Text;
using CsvHelper;

namespace Transparency.Web.Downloads;

/// <summary>RFC 4180 CSV (UTF-8, CRLF, header row) that spreadsheets cannot run as formulas.</summary>
public static class CsvExport
{
    // Injection handling is ours (Neutralise) because it must touch text cells only, never numbers.
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // CsvHelper writes synchronously, and a response body must be written asynchronously: rows go to a small
    // in-memory chunk that is handed to the output whenever it passes this size (and at the end).
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Writes the header and each row as it arrives; memory stays at one chunk whatever the row count.</summary>
    public static async ValueTask WriteAsync(Stream output, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        using var chunk = new MemoryStream(ChunkBytes * 2);
        await using var text = new StreamWriter(chunk, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }
            csv.EndRecord();
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                foreach (var value in row)
                {
                    csv.WriteField(Format(value));
                }
                csv.EndRecord();
                if (chunk.Length >= ChunkBytes)
                {
                    csv.Flush();
                    await HandOnAsync(text, chunk, output, cancellationToken);
                }
            }
            csv.Flush();
        }
        await HandOnAsync(text, chunk, output, cancellationToken);
    }

    private static async ValueTask HandOnAsync(StreamWriter text, MemoryStream chunk, Stream output, CancellationToken cancellationToken)
    {
        await text.FlushAsync(cancellationToken);
        await output.WriteAsync(chunk.GetBuffer().AsMemory(0, (int)chunk.Length), cancellationToken);
        chunk.SetLength(0);
    }

    /// <summary>Numbers as invariant digits, text neutralised, null as an empty cell (never 0).</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => Neutralise(s),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        string[] list => Neutralise(string.Join("; ", list)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralise(value.ToString() ?? ""),
    };

    /// <summary>
    /// A cell starting with = + - @ tab or carriage return would run as a formula in a spreadsheet
    /// (CSV injection); a leading apostrophe makes it plain text. Only text cells are touched.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
