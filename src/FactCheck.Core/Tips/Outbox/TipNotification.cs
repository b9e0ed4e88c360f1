using FactCheck.Core.Checking;

namespace FactCheck.Core.Tips.Outbox;

/// <summary>A composed notification: who to tell, a heading in their language, and the verdict as a one-claim report
/// that the adapter renders with its usual renderer (so the citation looks exactly like a check's answer).</summary>
/// <param name="Message">The outbox row: asker, tip, claim, whether it is an update.</param>
/// <param name="Heading">"A fact-check was published for the message you sent us (tip #12):", or its "updated" form.</param>
/// <param name="Report">The claim as a confident match, its passage the submitted text (shortened).</param>
/// <param name="Footer">How to stop these messages.</param>
public sealed record TipNotification(OutboxMessage Message, string Heading, CheckReport Report, string Footer);
