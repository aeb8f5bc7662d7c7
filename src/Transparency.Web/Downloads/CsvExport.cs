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

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(Format(value));
                }
                csv.EndRecord();
            }
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
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
