using System.Globalization;
using FactCheck.Core.Tips;

namespace FactCheck.Bot.Cli;

/// <summary>Prints the results of `tips` commands: results on stdout, refusals on stderr; returns the exit code.</summary>
internal sealed class TipsOutput(TextWriter stdout, TextWriter stderr)
{
    private const int PreviewLength = 80;

    public async Task<int> ListAsync(TipActionResult<IReadOnlyList<Tip>> result)
    {
        if (!result.IsDone)
        {
            return await RefuseAsync(result.Status, result.Message);
        }

        if (result.Value!.Count == 0)
        {
            await stdout.WriteLineAsync("No open tips.");
            return ExitCodes.Done;
        }

        await stdout.WriteLineAsync("   ID  ASKED  SINCE       TEXT");
        foreach (var tip in result.Value)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{tip.Id,5}  {tip.AskCount,5}  {tip.CreatedAt:yyyy-MM-dd}  {Preview(tip.Text)}"));
        }

        return ExitCodes.Done;
    }

    public async Task<int> ShowAsync(TipActionResult<(Tip Tip, IReadOnlyList<Asker> Askers)> result)
    {
        if (!result.IsDone)
        {
            return await RefuseAsync(result.Status, result.Message);
        }

        var (tip, askers) = result.Value;
        var perPlatform = string.Join(", ", askers.GroupBy(a => a.Platform).Select(g => $"{g.Key} {g.Count()}"));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Tip {tip.Id}: {tip.Status}, asked by {tip.AskCount} ({perPlatform}), language {tip.Language}, since {tip.CreatedAt:yyyy-MM-dd HH:mm}Z, updated {tip.UpdatedAt:yyyy-MM-dd HH:mm}Z"));
        if (tip.ClaimId is not null)
        {
            await stdout.WriteLineAsync($"Answered by claim {tip.ClaimId}");
        }

        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync(tip.Text);
        return ExitCodes.Done;
    }

    public async Task<int> DecisionAsync(string done, TipActionResult<Tip> result)
    {
        if (!result.IsDone)
        {
            return await RefuseAsync(result.Status, result.Message);
        }

        var tip = result.Value!;
        var claim = tip.ClaimId is null ? string.Empty : $" (claim {tip.ClaimId}; {tip.AskCount} asker(s) will be notified unless they opted out)";
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{done} tip {tip.Id}{claim}."));
        return ExitCodes.Done;
    }

    private async Task<int> RefuseAsync(TipActionStatus status, string? message)
    {
        await stderr.WriteLineAsync(status switch
        {
            TipActionStatus.NotAllowed => "You are not a reviewer.",
            TipActionStatus.TipNotFound => "No tip with that number.",
            TipActionStatus.NotOpen => "That tip is not open: a dismissed tip cannot be published or attached, and only an open tip can be dismissed.",
            TipActionStatus.ClaimNotFound => "No claim with that id.",
            _ => message ?? status.ToString(),
        });
        return ExitCodes.Refused;
    }

    private static string Preview(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= PreviewLength ? line : line[..(PreviewLength - 1)] + "…";
    }
}
