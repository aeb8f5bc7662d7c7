using System.Text;

namespace Transparency.Data.Building;

/// <summary>
/// A CSV record with the physical line it starts on. A broken record (bad quoting) holds the fields read
/// before the problem; its problem is already reported and the row is refused.
/// </summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool Broken = false);

/// <summary>What <see cref="CsvReader.Parse"/> read: the records, and whether it reached the end of the file.</summary>
internal sealed record CsvTable(List<CsvRecord> Records, bool Complete);

/// <summary>
/// A strict RFC 4180 reader. Hand-written rather than CsvHelper because every problem must be reported
/// with its exact line and column, and a lenient reader would silently repair hand-edited files. After a
/// problem it resumes at the next line, so one run reports every broken row, not just the first.
/// </summary>
internal static class CsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The character a byte that is not UTF-8 decodes to; the loader reports each cell holding one.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Decodes UTF-8. A byte-order mark is reported and skipped; bytes that are not UTF-8 become
    /// <see cref="Replacement"/> (reported cell by cell by the loader, so the column is exact) and
    /// <paramref name="invalidBytes"/> says so.
    /// </summary>
    public static string Decode(string file, byte[] bytes, List<DataError> errors, out bool invalidBytes)
    {
        var start = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            errors.Add(new DataError(file, 1, 1, null, "the file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM"));
            start = 3;
        }
        try
        {
            invalidBytes = false;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            invalidBytes = true;
            return LenientUtf8.GetString(bytes, start, bytes.Length - start);
        }
    }

    /// <summary>
    /// Parses the whole text. Problems go to <paramref name="errors"/>; <paramref name="columnNames"/> (the
    /// schema's columns, when known) names the column of a problem on a data line.
    /// </summary>
    public static CsvTable Parse(string file, string text, List<DataError> errors, IReadOnlyList<string>? columnNames = null)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var atRecordStart = true;
        var atFieldStart = true;
        string? firstEnding = null;
        var mixedReported = false;

        string? NameOf(int fieldNumber) =>
            recordLine > 1 && columnNames is not null && fieldNumber <= columnNames.Count ? columnNames[fieldNumber - 1] : null;

        void Error(int errorLine, int fieldNumber, string message) =>
            errors.Add(new DataError(file, errorLine, fieldNumber, fieldNumber == 0 ? null : NameOf(fieldNumber), message));

        // One file, one line ending: CRLF throughout (as git may check files out on Windows) is read like
        // LF, but a mix means part of the file was saved by another editor.
        void EndLine(string ending)
        {
            firstEnding ??= ending;
            if (ending != firstEnding && !mixedReported)
            {
                mixedReported = true;
                Error(line, 0, $"this line ends with {Name(ending)} but line 1 ends with {Name(firstEnding)}; use one line ending throughout the file (LF)");
            }
            line++;
            recordLine = line;
            atRecordStart = true;
            atFieldStart = true;
        }

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            atFieldStart = true;
        }

        void EndRecord(bool broken = false)
        {
            records.Add(new CsvRecord(recordLine, fields.ToArray(), broken));
            fields.Clear();
            field.Clear();
        }

        // Reports a quoting problem, keeps the fields read so far as a refused row and resumes on the next line.
        void Break(string message)
        {
            Error(line, fields.Count + 1, message);
            while (i < text.Length && text[i] != '\n')
            {
                i++;
            }
            EndRecord(broken: true);
            if (i < text.Length)
            {
                i++;
                line++;
                recordLine = line;
            }
            atRecordStart = true;
            atFieldStart = true;
        }

        while (i < text.Length)
        {
            var c = text[i];
            var crlf = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            if (atRecordStart && (c == '\n' || crlf))
            {
                Error(line, 0, "blank line: remove it (every line of a CSV file is a row)");
                i += crlf ? 2 : 1;
                EndLine(crlf ? "\r\n" : "\n");
                continue;
            }
            atRecordStart = false;
            if (atFieldStart && c == '"')
            {
                var openLine = line;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    if (q == '\n')
                    {
                        line++;
                    }
                    field.Append(q);
                    i++;
                }
                if (!closed)
                {
                    // Everything after the opening quote was swallowed by this field: nothing below can be read.
                    Error(openLine, fields.Count + 1, "a quoted field is never closed (missing closing double quote); the rest of the file was read as this one field");
                    return new CsvTable(records, Complete: false);
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\n' && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    Break($"unexpected character '{Visible(text[i])}' after a closing double quote; a quote inside a field must be doubled (\"\")");
                    continue;
                }
                atFieldStart = false;
                continue;
            }
            switch (c)
            {
                case ',':
                    EndField();
                    i++;
                    break;
                case '\n' or '\r' when c == '\n' || crlf:
                    EndField();
                    EndRecord();
                    i += crlf ? 2 : 1;
                    EndLine(crlf ? "\r\n" : "\n");
                    break;
                case '\r':
                    Break("a bare carriage return (CR) is not a line ending; use LF");
                    break;
                case '"':
                    Break("a double quote inside an unquoted field; quote the whole field and double the inner quote (\"\")");
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }
        // A final record without a trailing newline.
        if (!atRecordStart)
        {
            EndField();
            EndRecord();
        }
        return new CsvTable(records, Complete: true);
    }

    private static string Name(string ending) => ending == "\n" ? "LF" : "CRLF";

    private static string Visible(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
