namespace FactCheck.Core.Conversation.Commands;

/// <summary>/submit [TEXT]: send a text to the reviewers; without text, the message the surface says was meant
/// (a replied-to message, or the last message checked).</summary>
public sealed record Submit(string? Text) : ChatCommand
{
    public override string Name => "submit";

    /// <summary>The image submitted with the text (the conversation sets it when /submit follows an image).</summary>
    public Tips.TipImage? Image { get; init; }
}
