namespace FactCheck.Core.Conversation.Commands;

/// <summary>/language CODE (or /lang CODE): the reply language; <see cref="Code"/> as given, lower case, possibly
/// unsupported or empty (then the answer names the accepted values).</summary>
public sealed record SetLanguage(string Code) : ChatCommand
{
    public override string Name => "language";
}
