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
