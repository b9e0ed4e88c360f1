namespace FactCheck.Core.Conversation.Commands;

/// <summary>A command a user gave the bot, parsed once per surface (typed text, Discord's slash options, a web form)
/// and executed by <see cref="ConversationService"/> alone.</summary>
public abstract record ChatCommand
{
    /// <summary>The command's name as users type it, without the slash.</summary>
    public abstract string Name { get; }

    /// <summary>True for the reviewers' commands, which only configured reviewers may run.</summary>
    public virtual bool ForReviewers => false;
}
