using System.Text.Json;
using FactCheck.Core.Checking;
using FactCheck.Core.Images;
using FactCheck.Core.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Cli;

/// <summary>`check --image FILE [TEXT...]`: reads the image's text and checks it with the text given, like a photo with a caption.</summary>
internal static class CheckImageCommand
{
    public static async Task<int> RunAsync(FileInfo file, string[] words, bool json, string? language, CliContext io, CancellationToken cancellationToken)
    {
        var caption = words is ["-"] ? await io.In.ReadToEndAsync(cancellationToken) : string.Join(' ', words);
        using var host = await VerbHost.StartAsync(loadIndex: true, cancellationToken, io.Settings);
        var reading = await host.Services.GetRequiredService<ImageReader>().ReadFileAsync(file.FullName, cancellationToken);

        // The reader is told what was read, so a wrong reading explains a wrong answer; in JSON mode stdout holds only the report.
        var told = json ? io.Error : io.Out;
        if (reading.HasText)
        {
            await told.WriteLineAsync($"Text read from the image {file.Name}:\n{Indent(reading.Text)}\n");
        }
        else if (reading.Notice is { } notice)
        {
            await told.WriteLineAsync(notice);
        }

        var text = string.Join('\n', new[] { caption, reading.Text }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (text.Length == 0)
        {
            return ExitCodes.Done;
        }

        var report = await host.Services.GetRequiredService<ICheckService>().CheckAsync(new CheckRequest(text, language), cancellationToken);
        await io.Out.WriteLineAsync(json ? JsonSerializer.Serialize(report, CheckCommand.Json) : PlainTextRenderer.Render(report));
        return ExitCodes.Done;
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(line => "  > " + line));
}
