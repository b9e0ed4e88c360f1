using FactCheck.Core.Conversation;

namespace FactCheck.Discord.Adapter;

/// <summary>Discord's way back from an attachment URL to the image, so that an offered image is fetched again from the
/// CDN by whichever instance the user's /submit or button press reaches (a signed CDN URL lasts far beyond 30 minutes).</summary>
internal sealed class DiscordImageReferences(DiscordAttachments attachments) : IImageReferences
{
    public Platform Platform => Platform.Discord;

    public IncomingImage? Resolve(string reference) => attachments.ByUrl(reference);
}
