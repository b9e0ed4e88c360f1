using FactCheck.Core.Conversation;
using FactCheck.Core.Images;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>The console's `/image PATH`: the file as the conversation's <see cref="IncomingImage"/> (its size is the
/// declared size, so a file over Images:MaxBytes is refused unread).</summary>
internal static class ConsoleImage
{
    public const string Command = "/image";

    /// <summary>The answer to "/image" without a path.</summary>
    public const string Usage = "Write /image followed by the path of a screenshot or photo (PNG, JPEG, WebP, GIF, BMP).";

    /// <summary>The path after "/image", or null when the line is not that command.</summary>
    public static string? PathOf(string message)
    {
        var line = message.Trim();
        if (!line.StartsWith(Command, StringComparison.OrdinalIgnoreCase) || (line.Length > Command.Length && !char.IsWhiteSpace(line[Command.Length])))
        {
            return null;
        }

        return line[Command.Length..].Trim().Trim('"', '\'');
    }

    public static IncomingImage Of(string path)
    {
        var info = new FileInfo(path);
        return new IncomingImage((max, ct) => ReadAsync(info, max, ct), info.Exists ? info.Length : null);
    }

    private static async Task<ImageDownload> ReadAsync(FileInfo file, long maxBytes, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            return ImageDownload.Refused(ImageRefusal.Unavailable);
        }

        if (file.Length > maxBytes)
        {
            return ImageDownload.Refused(ImageRefusal.TooManyBytes);
        }

        return ImageDownload.Of(await File.ReadAllBytesAsync(file.FullName, cancellationToken)) with { Reference = file.FullName };
    }
}
