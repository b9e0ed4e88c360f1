namespace FactCheck.Discord.Model;

/// <summary>A message component: an action row (type 1) holding buttons (type 2).</summary>
/// <param name="Type">1 = action row, 2 = button.</param>
/// <param name="Components">An action row's children.</param>
/// <param name="Style">A button's style: 1 = primary (blurple).</param>
/// <param name="Label">A button's text (up to 80 characters).</param>
/// <param name="CustomId">What the bot is told when the button is pressed (up to 100 characters).</param>
public sealed record Component(
    int Type,
    IReadOnlyList<Component>? Components = null,
    int? Style = null,
    string? Label = null,
    string? CustomId = null)
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int Primary = 1;

    /// <summary>One row holding one primary button.</summary>
    public static IReadOnlyList<Component> SingleButton(string label, string customId) =>
        [new Component(ActionRow, [new Component(Button, Style: Primary, Label: label, CustomId: customId)])];
}
