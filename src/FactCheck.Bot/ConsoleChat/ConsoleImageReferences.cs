using FactCheck.Core.Conversation;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>The console's way back from a file's path to the image: an image offered before a restart is read again
/// from its file when submitted after it (and must still hold the same bytes).</summary>
internal sealed class ConsoleImageReferences : IImageReferences
{
    public Platform Platform => Platform.Console;

    public IncomingImage? Resolve(string reference) => ConsoleImage.Of(reference);
}
