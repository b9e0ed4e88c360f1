namespace FactCheck.Discord.Adapter;

/// <summary>Names of the application commands the bot registers and answers.</summary>
internal static class CommandNames
{
    public const string Check = "check";
    public const string CheckText = "text";
    public const string FactCheckMessage = "Fact-check";
    public const string Visibility = "factcheck-visibility";
    public const string VisibilityMode = "mode";

    /// <summary>Setting key (per server) deciding whether context-menu answers are public.</summary>
    public const string VisibilitySetting = "context_menu_visibility";
    public const string Public = "public";
    public const string Ephemeral = "ephemeral";

    /// <summary>/autocheck mode:on|off, per channel (the switch itself is the conversation's).</summary>
    public const string Autocheck = "autocheck";
    public const string AutocheckMode = "mode";
    public const string On = "on";
    public const string Off = "off";
}
