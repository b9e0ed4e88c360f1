using System.Text;

namespace FactCheck.Core.Import;

/// <summary>Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with the reason when the bytes are not text this importer can read.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string error)
    {
        error = string.Empty;
        if (bytes.Length == 0)
        {
            error = "empty file";
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], "UTF-8", out error);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16", out error);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16", out error);
        }

        // Text files never hold NUL or most other C0 controls; UTF-16 without a BOM lands here too, on purpose:
        // guessing its byte order would be guessing the data.
        var controls = 0;
        foreach (var b in bytes)
        {
            if (b == 0)
            {
                error = "binary data or an unsupported encoding (NUL bytes; UTF-16 needs a byte order mark)";
                return null;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        if (controls > bytes.Length / 100 + 2)
        {
            error = "binary data (control bytes), not text";
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: old spreadsheets export Windows-1252, where every byte is some character.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>The encoding a stream's text is in, found by the same rules as <see cref="Decode"/> in one pass over
    /// the stream in 1 MiB chunks, so that a file of any size can then be read as text without holding it.</summary>
    /// <param name="stream">Read to its end from its current position.</param>
    /// <param name="preamble">Bytes of byte order mark to skip before reading text.</param>
    /// <param name="error">Why the bytes are not text this importer can read, when the result is null.</param>
    public static Encoding? Sniff(Stream stream, out int preamble, out string error)
    {
        error = string.Empty;
        var buffer = new byte[1 << 20];
        var head = stream.ReadAtLeast(buffer, 3, throwOnEndOfStream: false);
        var (encoding, skip) = head switch
        {
            >= 3 when buffer.AsSpan(0, 3).SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) => ((Encoding)StrictUtf8, 3),
            >= 2 when buffer[0] == 0xFF && buffer[1] == 0xFE => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            >= 2 when buffer[0] == 0xFE && buffer[1] == 0xFF => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => ((Encoding?)null, 0),
        };
        preamble = skip;
        var decoder = (encoding ?? StrictUtf8).GetDecoder();
        var chars = new char[buffer.Length + 2];
        var valid = true;
        long length = 0;
        long controls = 0;
        var count = head;
        var start = skip;
        while (count > 0)
        {
            var chunk = buffer.AsSpan(start, count - start);
            length += chunk.Length;
            if (encoding is null && !Scan(chunk, ref controls, out error))
            {
                return null;
            }

            valid = valid && Converts(decoder, chunk, chars, flush: false);
            if (!valid && encoding is not null)
            {
                error = $"invalid {(encoding is UnicodeEncoding ? "UTF-16" : "UTF-8")} despite its byte order mark";
                return null;
            }

            count = stream.Read(buffer);
            start = 0;
        }

        valid = valid && Converts(decoder, [], chars, flush: true);
        if (length == 0 || (encoding is not null && !valid))
        {
            error = length == 0 ? "empty file" : $"invalid {(encoding is UnicodeEncoding ? "UTF-16" : "UTF-8")} despite its byte order mark";
            return null;
        }

        if (encoding is null && controls > length / 100 + 2)
        {
            error = "binary data (control bytes), not text";
            return null;
        }

        if (encoding is not null || valid)
        {
            return encoding ?? StrictUtf8;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static bool Scan(ReadOnlySpan<byte> bytes, ref long controls, out string error)
    {
        error = string.Empty;
        if (bytes.Contains((byte)0))
        {
            error = "binary data or an unsupported encoding (NUL bytes; UTF-16 needs a byte order mark)";
            return false;
        }

        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return true;
    }

    private static bool Converts(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, bool flush)
    {
        try
        {
            decoder.Convert(bytes, chars, flush, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string? DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string error)
    {
        error = string.Empty;
        try
        {
            var text = encoding.GetString(bytes);
            if (string.IsNullOrWhiteSpace(text))
            {
                error = "empty file";
                return null;
            }

            return text;
        }
        catch (DecoderFallbackException)
        {
            error = $"invalid {name} despite its byte order mark";
            return null;
        }
    }
}
