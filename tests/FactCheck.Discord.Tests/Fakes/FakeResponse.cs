namespace FactCheck.Discord.Tests.Fakes;

/// <summary>A scripted REST answer of the fake Discord.</summary>
internal sealed record FakeResponse(int Status, string Body = "{}", IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);
