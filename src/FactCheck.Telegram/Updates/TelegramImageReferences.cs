using FactCheck.Core.Conversation;

namespace FactCheck.Telegram.Updates;

/// <summary>Telegram's way back from a file id to the image, so that an offered image is fetched again (getFile) by
/// whichever instance the user's /submit or button press reaches.</summary>
internal sealed class TelegramImageReferences(TelegramImages images) : IImageReferences
{
    public Platform Platform => Platform.Telegram;

    public IncomingImage? Resolve(string reference) => images.ById(reference);
}
