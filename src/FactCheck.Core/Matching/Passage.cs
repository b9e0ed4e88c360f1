namespace FactCheck.Core.Matching;

/// <summary>A claim-sized piece of a message, in the words the user sent.</summary>
/// <param name="Original">The passage as written (shown to the user).</param>
/// <param name="Normalized">The passage normalised for matching.</param>
/// <param name="IsWholeMessage">True when the passage is the whole (short) message rather than one of its parts.</param>
public sealed record Passage(string Original, string Normalized, bool IsWholeMessage);
