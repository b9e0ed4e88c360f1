using FactCheck.Core.Tips.Desk;

namespace FactCheck.Discord.Tips;

/// <summary>The adapter's own few lines about the button, in the tipline's two languages.</summary>
internal static class ButtonText
{
    /// <summary>The button's text was no longer in memory (after 30 minutes or a restart): how to submit instead.</summary>
    public static string Expired(string language) =>
        (language == "id"
            ? "Maaf, tombol ini sudah kedaluwarsa (teksnya hanya disimpan sebentar). "
            : "Sorry, this button has expired (its text is only kept for a while). ")
        + TipDeskText.For(language).SubmitUsage;
}
