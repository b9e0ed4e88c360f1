namespace FactCheck.Discord.Model;

/// <summary>Body of POST /interactions/{id}/{token}/callback.</summary>
/// <param name="Type">4 = message now, 5 = deferred ("thinking…"), edited later, 7 = update the message a pressed button is on.</param>
/// <param name="Data">The message, or only its flags for a deferred answer.</param>
public sealed record InteractionResponse(int Type, InteractionMessage? Data)
{
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int UpdateMessage = 7;
}
