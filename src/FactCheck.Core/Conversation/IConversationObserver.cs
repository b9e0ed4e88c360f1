namespace FactCheck.Core.Conversation;

/// <summary>Sees every answer the conversation gives, before the adapter renders it (the cross-surface tests compare
/// these; a metrics sink could count them).</summary>
public interface IConversationObserver
{
    void Answered(Incoming incoming, Answer answer);
}
