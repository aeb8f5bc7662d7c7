using System.Text;

namespace Transparency.Data.Building;

/// <summary>A CSV record with the physical line it starts on and each field's starting column.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, IReadOnlyList<int> FieldColumns);

/// <summary>
/// A strict RFC 4180 reader. Hand-written rather than CsvHelper because every problem must be reported
/// with its exact line and column, and a lenient reader would silently repair hand-edited files.
/// </summary>
internal static class CsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strict UTF-8 (no BOM) or reports the line and column of the first bad byte.</summary>
    public static string? Decode(string file, byte[] bytes, List<DataError> errors)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            errors.Add(new DataError(file, 1, 1, null, "the file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM"));
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index);
            // Locate the bad byte by decoding the valid prefix.
            var prefix = Encoding.UTF8.GetString(bytes, 0, Math.Min(offset, bytes.Length));
            var line = 1 + prefix.Count(c => c == '\n');
            var column = 1 + prefix[(prefix.LastIndexOf('\n') + 1)..].Count(c => c == ',');
            errors.Add(new DataError(file, line, column, null, $"byte offset {offset} is not valid UTF-8; save the file as UTF-8"));
            return null;
        }
    }

    /// <summary>Parses the whole text. Returns null after adding an error when the text is not valid CSV.</summary>
    public static List<CsvRecord>? Parse(string file, string text, List<DataError> errors)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var columns = new List<int>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var atFieldStart = true;
        var fieldNumber = 1;

        void EndField()
        {
            fields.Add(field.ToString());
            columns.Add(fieldNumber);
            field.Clear();
            fieldNumber++;
        }

        void EndRecord()
        {
            records.Add(new CsvRecord(recordLine, fields.ToArray(), columns.ToArray()));
            fields.Clear();
            columns.Clear();
            fieldNumber = 1;
        }

        while (i < text.Length)
        {
            var c = text[i];
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
                    errors.Add(new DataError(file, openLine, fieldNumber, null, "a quoted field is never closed (missing closing double quote)"));
                    return null;
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                {
                    errors.Add(new DataError(file, line, fieldNumber, null, $"unexpected character '{text[i]}' after a closing double quote; a quote inside a field must be doubled (\"\")"));
                    return null;
                }
                atFieldStart = false;
                continue;
            }
            switch (c)
            {
                case ',':
                    EndField();
                    atFieldStart = true;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\r':
                    errors.Add(new DataError(file, line, fieldNumber, null, "a bare carriage return (CR) is not a line ending; use LF or CRLF"));
                    return null;
                case '\n':
                    EndField();
                    EndRecord();
                    line++;
                    recordLine = line;
                    atFieldStart = true;
                    i++;
                    break;
                case '"':
                    errors.Add(new DataError(file, line, fieldNumber, null, "a double quote inside an unquoted field; quote the whole field and double the inner quote"));
                    return null;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }
        // A final record without a trailing newline.
        if (!atFieldStart || fields.Count > 0 || field.Length > 0)
        {
            EndField();
            EndRecord();
        }
        return records;
    }
}
