namespace FactCheck.Core.Desk;

/// <summary>A stored desk secret: only its SHA-256 is kept, never the secret itself.</summary>
/// <param name="Hash">Lower-case hex SHA-256 of the secret.</param>
/// <param name="Kind">A one-time sign-in link, or a session.</param>
/// <param name="Owner">The reviewer it was issued to.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record DeskToken(string Hash, DeskTokenKind Kind, DeskIdentity Owner, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
