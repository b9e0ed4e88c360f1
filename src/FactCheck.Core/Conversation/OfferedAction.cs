namespace FactCheck.Core.Conversation;

/// <summary>What an answer offers the user to do next; each surface renders it its own way (a button, a command hint).</summary>
public enum OfferedAction
{
    /// <summary>Send the checked text to the reviewers (Telegram and Discord: a button; the console: /submit).</summary>
    SubmitToReviewers,
}
