using System.Runtime.CompilerServices;
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
    /// One streamed pass over a file: its SHA-256 and length, a byte-order mark (reported), and whether any
    /// bytes are not UTF-8 (each cell holding one is then reported by the loader, so the column is exact).
    /// </summary>
    public static (string Sha256, long Bytes, bool InvalidBytes) Inspect(string file, string path, List<DataError> errors)
    {
        using var stream = File.OpenRead(path);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[1 << 16];
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        var invalid = false;
        long length = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            if (length == 0 && read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                errors.Add(new DataError(file, 1, 1, null, "the file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM"));
            }
            length += read;
            if (!invalid)
            {
                try
                {
                    decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    invalid = true;
                }
            }
        }
        if (!invalid)
        {
            try
            {
                decoder.GetChars([], 0, 0, chars, 0, flush: true);
            }
            catch (DecoderFallbackException)
            {
                invalid = true;
            }
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length, invalid);
    }

    /// <summary>Opens a CSV as text: a byte-order mark is skipped (Inspect reported it), bad bytes read as <see cref="Replacement"/>.</summary>
    public static StreamReader OpenText(string path)
    {
        var reader = new StreamReader(path, LenientUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }
        return reader;
    }

    /// <summary>
    /// Parses the whole text. Problems go to <paramref name="errors"/>; <paramref name="columnNames"/> (the
    /// schema's columns, when known) names the column of a problem on a data line.
    /// </summary>
    public static CsvTable Parse(string file, string text, List<DataError> errors, IReadOnlyList<string>? columnNames = null)
    {
        var complete = new StrongBox<bool>(true);
        var records = Read(file, new StringReader(text), errors, complete, columnNames).ToList();
        return new CsvTable(records, complete.Value);
    }

    /// <summary>Reads a small file whole (the real data set, for the synthetic generator).</summary>
    public static List<CsvRecord> ReadAll(string file, string path, List<DataError> errors)
    {
        using var reader = new StreamReader(path, LenientUtf8, detectEncodingFromByteOrderMarks: false);
        return Read(file, reader, errors, new StrongBox<bool>(true)).ToList();
    }

    /// <summary>
    /// Streams records one at a time, so a file of any size is read in bounded memory. Problems go to
    /// <paramref name="errors"/> as they are met; <paramref name="complete"/> turns false when a never-closed
    /// quote swallowed the rest of the file.
    /// </summary>
    public static IEnumerable<CsvRecord> Read(string file, TextReader reader, List<DataError> errors, StrongBox<bool> complete, IReadOnlyList<string>? columnNames = null)
    {
        var text = new CharSource(reader);
        var pending = new Queue<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
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
            pending.Enqueue(new CsvRecord(recordLine, fields.ToArray(), broken));
            fields.Clear();
            field.Clear();
        }

        // Reports a quoting problem, keeps the fields read so far as a refused row and resumes on the next line.
        void Break(string message)
        {
            Error(line, fields.Count + 1, message);
            while (text.At(0) is >= 0 and not '\n')
            {
                text.Advance(1);
            }
            EndRecord(broken: true);
            if (text.At(0) >= 0)
            {
                text.Advance(1);
                line++;
                recordLine = line;
            }
            atRecordStart = true;
            atFieldStart = true;
        }

        while (text.At(0) >= 0)
        {
            while (pending.Count > 0)
            {
                yield return pending.Dequeue();
            }
            var c = (char)text.At(0);
            var crlf = c == '\r' && text.At(1) == '\n';
            if (atRecordStart && (c == '\n' || crlf))
            {
                Error(line, 0, "blank line: remove it (every line of a CSV file is a row)");
                text.Advance(crlf ? 2 : 1);
                EndLine(crlf ? "\r\n" : "\n");
                continue;
            }
            atRecordStart = false;
            if (atFieldStart && c == '"')
            {
                var openLine = line;
                text.Advance(1);
                var closed = false;
                while (text.At(0) >= 0)
                {
                    var q = (char)text.At(0);
                    if (q == '"')
                    {
                        if (text.At(1) == '"')
                        {
                            field.Append('"');
                            text.Advance(2);
                            continue;
                        }
                        closed = true;
                        text.Advance(1);
                        break;
                    }
                    if (q == '\n')
                    {
                        line++;
                    }
                    field.Append(q);
                    text.Advance(1);
                }
                if (!closed)
                {
                    // Everything after the opening quote was swallowed by this field: nothing below can be read.
                    Error(openLine, fields.Count + 1, "a quoted field is never closed (missing closing double quote); the rest of the file was read as this one field");
                    complete.Value = false;
                    yield break;
                }
                if (text.At(0) >= 0 && text.At(0) != ',' && text.At(0) != '\n' && !(text.At(0) == '\r' && text.At(1) == '\n'))
                {
                    Break($"unexpected character '{Visible((char)text.At(0))}' after a closing double quote; a quote inside a field must be doubled (\"\")");
                    continue;
                }
                atFieldStart = false;
                continue;
            }
            switch (c)
            {
                case ',':
                    EndField();
                    text.Advance(1);
                    break;
                case '\n' or '\r' when c == '\n' || crlf:
                    EndField();
                    EndRecord();
                    text.Advance(crlf ? 2 : 1);
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
                    text.Advance(1);
                    break;
            }
        }
        // A final record without a trailing newline.
        if (!atRecordStart)
        {
            EndField();
            EndRecord();
        }
        while (pending.Count > 0)
        {
            yield return pending.Dequeue();
        }
    }

    /// <summary>A reader with two characters of lookahead (CRLF, doubled quotes) over a buffered TextReader.</summary>
    private sealed class CharSource(TextReader reader)
    {
        private readonly char[] _buffer = new char[1 << 16];
        private int _start;
        private int _end;

        /// <summary>The character <paramref name="ahead"/> places on, or -1 past the end.</summary>
        public int At(int ahead)
        {
            if (_start + ahead >= _end)
            {
                Fill();
            }
            return _start + ahead < _end ? _buffer[_start + ahead] : -1;
        }

        public void Advance(int count) => _start += count;

        private void Fill()
        {
            var kept = _end - _start;
            Array.Copy(_buffer, _start, _buffer, 0, kept);
            _start = 0;
            _end = kept;
            int read;
            while (_end < _buffer.Length && (read = reader.Read(_buffer, _end, _buffer.Length - _end)) > 0)
            {
                _end += read;
                if (_end >= 2)
                {
                    break;
                }
            }
        }
    }

    private static string Name(string ending) => ending == "\n" ? "LF" : "CRLF";

    private static string Visible(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
