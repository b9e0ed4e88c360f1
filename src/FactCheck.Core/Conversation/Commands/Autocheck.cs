namespace FactCheck.Core.Conversation.Commands;

/// <summary>/autocheck on|off in a group chat or server channel; <see cref="On"/> null toggles the current setting.</summary>
public sealed record Autocheck(bool? On) : ChatCommand
{
    public override string Name => "autocheck";

    /// <summary>"on" switches on, "off" switches off, anything else (nothing at all, a typo) toggles: the answer always
    /// says which way it went, so a toggle is never a surprise.</summary>
    public static Autocheck Parse(string? argument) => argument?.Trim().ToLowerInvariant() switch
    {
        "on" => new Autocheck(true),
        "off" => new Autocheck(false),
        _ => new Autocheck(On: null),
    };
}
