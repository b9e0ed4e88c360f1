namespace FactCheck.Telegram.Sending;

/// <summary>How far apart <see cref="OutgoingThrottle"/> books sends (Telegram's published limits in the bot), and the
/// step of <see cref="TelegramSender"/>'s pauses between retries of a failed send (1, 2, 3 steps).</summary>
/// <remarks>Not a setting: nobody should run faster than Telegram allows. Tests replace it with small gaps so that a
/// script of a dozen answers to one chat does not wait out a dozen real seconds; the gaps themselves are tested
/// on <see cref="Telegram"/> with a fake clock.</remarks>
internal sealed record SendSpacing(TimeSpan PrivateChat, TimeSpan GroupChat, TimeSpan Global, TimeSpan RetryStep)
{
    /// <summary>~1 a second per chat, 20 a minute per group, ~30 a second overall; retries after 1, 2 and 3 s.</summary>
    public static SendSpacing Telegram { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(35), TimeSpan.FromSeconds(1));
}
