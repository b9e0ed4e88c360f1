using System.Text;

namespace FactCheck.Tests.Shared;

/// <summary>A multipart/form-data body split into its parts, as the fake Telegram and Discord servers read an upload.
/// Enough of RFC 7578 for what the bot sends: one Content-Disposition per part, no nesting.</summary>
internal static class MultipartBody
{
    public static IReadOnlyList<MultipartPart> Read(byte[] raw, string contentType)
    {
        var boundary = "--" + contentType.Split("boundary=", 2)[1].Trim('"');
        var parts = new List<MultipartPart>();

        // Latin-1 maps every byte to one char and back, so a file's bytes survive the split unchanged.
        foreach (var part in Encoding.Latin1.GetString(raw).Split(boundary).Skip(1))
        {
            var split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (split < 0)
            {
                continue;
            }

            var headers = part[..split];
            var content = part[(split + 4)..];
            content = content.EndsWith("\r\n", StringComparison.Ordinal) ? content[..^2] : content;
            var name = headers.Split("name=", 2).ElementAtOrDefault(1)?.Split(';')[0].Trim().Trim('"') ?? string.Empty;
            var fileName = headers.Contains("filename=", StringComparison.Ordinal)
                ? headers.Split("filename=", 2)[1].Split(';', '\r')[0].Trim().Trim('"')
                : null;
            parts.Add(new MultipartPart(name, fileName, Encoding.Latin1.GetBytes(content)));
        }

        return parts;
    }
}
