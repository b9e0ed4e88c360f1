using System.CommandLine;
using FactCheck.Core.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Cli;

/// <summary>`desk link --reviewer telegram:ID|discord:ID`: prints a one-time sign-in link to the web desk for a
/// configured reviewer, as the bot's /desk would send it (for an operator helping a reviewer in).</summary>
/// <remarks>Exit codes: 0 printed, 1 refused (not a reviewer listed by id, or the web desk is off), 2 usage error.</remarks>
internal static class DeskCommand
{
    public static Command Create(CliContext io)
    {
        var reviewer = new Option<(string Platform, string UserId)>("--reviewer")
        {
            Description = "The reviewer the link is for, as telegram:ID or discord:ID.",
            HelpName = "telegram:ID|discord:ID",
            Required = true,
            CustomParser = r =>
            {
                var value = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
                var colon = value.IndexOf(':', StringComparison.Ordinal);
                var platform = colon > 0 ? value[..colon].ToLowerInvariant() : string.Empty;
                var id = colon > 0 ? value[(colon + 1)..] : string.Empty;
                if (platform is not ("telegram" or "discord") || id.Length is 0 or > 30 || !id.All(char.IsAsciiDigit))
                {
                    r.AddError($"--reviewer: '{value}' is not telegram:ID or discord:ID (a numeric user id).");
                }

                return (platform, id);
            },
        };
        var link = new Command("link", "Print a one-time sign-in link (single use, valid 10 minutes) for a configured reviewer.") { reviewer };
        link.SetAction(async (result, ct) =>
        {
            var (platform, userId) = result.GetValue(reviewer);
            using var host = await VerbHost.StartAsync(loadIndex: false, ct, io.Settings);
            if (host.Services.GetService<DeskLogin>() is not { } login)
            {
                await io.Error.WriteLineAsync($"{CommandLine.Name} desk link: the web desk is off (Web:Listen is empty).");
                return ExitCodes.Refused;
            }

            var language = host.Services.GetRequiredService<Core.Tips.ReviewerOptions>().Language;
            if (await login.IssueLinkAsync(new DeskIdentity(platform, userId, language), ct) is not { } url)
            {
                await io.Error.WriteLineAsync($"{CommandLine.Name} desk link: {platform}:{userId} is not a reviewer listed in Reviewers:{(platform == "telegram" ? "Telegram" : "Discord")}.");
                return ExitCodes.Refused;
            }

            await io.Out.WriteLineAsync(url);
            return ExitCodes.Done;
        });
        var command = new Command("desk", "The reviewers' web desk.") { link };
        CommandLine.RequireSubcommand(command, io);
        return command;
    }
}
