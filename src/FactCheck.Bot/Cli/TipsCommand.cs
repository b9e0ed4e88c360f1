using System.CommandLine;
using FactCheck.Core.Checking.Log;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Cli;

/// <summary>`tips ...`: the reviewers' operations from the command line, for organisations that prefer scripts.</summary>
/// <remarks>Exit codes: 0 done, 1 refused (no such tip, not open, invalid verdict), 2 usage error. The operator is
/// recorded as reviewer "cli:NAME" (--reviewer, else the OS user name): whoever runs this already holds the database.</remarks>
internal static class TipsCommand
{
    private delegate Task<int> TipsAction(IServiceProvider services, Reviewer reviewer, TipsOutput output);

    public static Command Create(CliContext io)
    {
        var reviewer = CliSymbols.OptionalText("--reviewer", "NAME", "Recorded as the reviewer who acted (default: the OS user name).");
        reviewer.Recursive = true;
        var command = new Command("tips", "The reviewers' tipline operations.") { reviewer };
        command.Add(List(io, reviewer));
        command.Add(Show(io, reviewer));
        command.Add(Publish(io, reviewer));
        command.Add(Attach(io, reviewer));
        command.Add(Dismiss(io, reviewer));
        command.Add(Stats(io, reviewer));
        command.Add(Purge(io, reviewer));
        CommandLine.RequireSubcommand(command, io);
        return command;
    }

    private static Command List(CliContext io, Option<string?> reviewer)
    {
        var limit = CliSymbols.PositiveNumber("--limit", "Show at most N tips.", 50);
        var command = new Command("list", "Open tips, most asked first.") { limit };
        command.SetAction((result, ct) => WithTipsAsync(io, result.GetValue(reviewer), async (services, who, output) =>
            await output.ListAsync(await services.GetRequiredService<TipService>().ListQueueAsync(who, result.GetValue(limit), ct)), ct));
        return command;
    }

    private static Command Show(CliContext io, Option<string?> reviewer)
    {
        var id = TipId();
        var command = new Command("show", "One tip: text, status, askers per platform.") { id };
        command.SetAction((result, ct) => WithTipsAsync(io, result.GetValue(reviewer), async (services, who, output) =>
            await output.ShowAsync(await services.GetRequiredService<TipService>().OpenAsync(who, result.GetValue(id), ct)), ct));
        return command;
    }

    private static Command Publish(CliContext io, Option<string?> reviewer)
    {
        var id = TipId();
        var rating = CliSymbols.RequiredText("--rating", "WORDS", "The publisher's rating words (\"Salah\", \"False\", ...).");
        var url = CliSymbols.RequiredText("--url", "URL", "The fact-check's web address.");
        var publisher = CliSymbols.RequiredText("--publisher", "NAME", "Who published the fact-check.");
        var summary = CliSymbols.OptionalText("--summary", "TEXT", "A one-paragraph summary.");
        var command = new Command("publish", "Publish a fact-check for the tip; its askers are notified.") { id, rating, url, publisher, summary };
        command.SetAction((result, ct) => WithTipsAsync(io, result.GetValue(reviewer), async (services, who, output) =>
        {
            var verdict = new TipVerdict(result.GetValue(rating)!, result.GetValue(url)!, result.GetValue(publisher)!, result.GetValue(summary));
            return await output.DecisionAsync("Published", await services.GetRequiredService<TipService>().PublishAsync(who, result.GetValue(id), verdict, ct));
        }, ct));
        return command;
    }

    private static Command Attach(CliContext io, Option<string?> reviewer)
    {
        var id = TipId();
        var claim = new Argument<string>("CLAIM-ID") { Description = "The id of a stored claim." };
        var command = new Command("attach", "Answer the tip with an existing claim.") { id, claim };
        command.SetAction((result, ct) => WithTipsAsync(io, result.GetValue(reviewer), async (services, who, output) =>
            await output.DecisionAsync("Attached", await services.GetRequiredService<TipService>().AttachAsync(who, result.GetValue(id), result.GetValue(claim)!, ct)), ct));
        return command;
    }

    private static Command Dismiss(CliContext io, Option<string?> reviewer)
    {
        var id = TipId();
        var command = new Command("dismiss", "Set the tip aside; its askers are not notified.") { id };
        command.SetAction((result, ct) => WithTipsAsync(io, result.GetValue(reviewer), async (services, who, output) =>
            await output.DecisionAsync("Dismissed", await services.GetRequiredService<TipService>().DismissAsync(who, result.GetValue(id), ct)), ct));
        return command;
    }

    private static Command Stats(CliContext io, Option<string?> reviewer)
    {
        var days = CliSymbols.PositiveNumber("--days", "The period, in days.", 7);
        var command = new Command("stats", "Checks, match rate, top matched claims and top open tips over the period.") { days };
        command.SetAction((result, ct) => WithTipsAsync(io, result.GetValue(reviewer), async (services, who, _) =>
        {
            var caller = new Asker(Reviewer.CommandLine, who.UserId, who.UserId, "en");
            var period = result.GetValue(days).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await io.Out.WriteLineAsync((await services.GetRequiredService<TipDesk>().HandleAsync(caller, "stats", period, ct)).Text);
            return ExitCodes.Done;
        }, ct));
        return command;
    }

    private static Command Purge(CliContext io, Option<string?> reviewer)
    {
        var command = new Command("purge", "Delete tips and check records older than Tips:RetentionDays.");
        command.SetAction((result, ct) => WithTipsAsync(io, result.GetValue(reviewer), async (services, _, _) =>
        {
            var retention = TimeSpan.FromDays(services.GetRequiredService<IOptions<TipOptions>>().Value.RetentionDays);
            var cutoff = services.GetRequiredService<TimeProvider>().GetUtcNow() - retention;
            var purgedTips = await services.GetRequiredService<TipService>().PurgeExpiredAsync(ct);
            var purgedChecks = await services.GetRequiredService<ICheckLog>().PurgeAsync(cutoff, ct);
            await io.Out.WriteLineAsync($"Purged {purgedTips} tip(s) and {purgedChecks} check record(s) older than the retention.");
            return ExitCodes.Done;
        }, ct));
        return command;
    }

    private static Argument<long> TipId() => CliSymbols.PositiveId("ID", "The tip's number (see tips list).");

    private static async Task<int> WithTipsAsync(CliContext io, string? reviewerName, TipsAction action, CancellationToken cancellationToken)
    {
        using var host = await VerbHost.StartAsync(loadIndex: false, cancellationToken, io.Settings);
        await host.Services.GetRequiredService<ITipStore>().InitializeAsync(cancellationToken);
        var reviewer = new Reviewer(Reviewer.CommandLine, reviewerName ?? Environment.UserName);
        return await action(host.Services, reviewer, new TipsOutput(io.Out, io.Error));
    }
}
