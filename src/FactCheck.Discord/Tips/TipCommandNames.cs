namespace FactCheck.Discord.Tips;

/// <summary>Option names of the tipline's slash commands (the command names are TipDesk's own).</summary>
internal static class TipCommandNames
{
    public const string Text = "text";
    public const string Mode = "mode";
    public const string Id = "id";
    public const string Tip = "tip";
    public const string Rating = "rating";
    public const string Url = "url";
    public const string Publisher = "publisher";
    public const string Summary = "summary";
    public const string Claim = "claim";
    public const string Days = "days";
}
