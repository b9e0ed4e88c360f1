using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Core.Checking;
using FactCheck.Core.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Cli;

/// <summary>`check TEXT...` / `check -`: prints the reply to one message (or the report as JSON) and exits.</summary>
internal static class CheckCommand
{
    /// <summary>JSON of reports: enums by their English names, non-ASCII text left readable.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The reply languages (UiText's): `--lang` refuses any other rather than answering in English.</summary>
    public static readonly string[] Languages = [UiText.English.Language, UiText.Indonesian.Language];

    public static Command Create(CliContext io)
    {
        var text = new Argument<string[]>("TEXT")
        {
            Description = "The message to check; - reads it from stdin. Put -- before a message that begins with '-'.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (stdout holds nothing else)." };
        var language = CliSymbols.OneOf("--lang", "The reply language (by default, the message's).", Languages);
        var image = new Option<FileInfo>("--image")
        {
            Description = "An image (PNG, JPEG, WebP) whose text is read (OCR) and checked with any TEXT given.",
            HelpName = "FILE",
        };
        image.AcceptExistingOnly();
        var command = new Command("check", "Check a message and print the reply.") { text, json, language, image };

        // Without text there is nothing to check: a usage error, not an empty reply with exit code 0.
        command.Validators.Add(r =>
        {
            if (r.GetValue(text) is not { Length: > 0 } && r.GetValue(image) is null)
            {
                r.AddError("give the message to check, or - to read it from stdin.");
            }
        });
        command.SetAction((result, cancellationToken) => result.GetValue(image) is { } file
            ? CheckImageCommand.RunAsync(file, result.GetValue(text) ?? [], result.GetValue(json), result.GetValue(language), io, cancellationToken)
            : RunAsync(result.GetValue(text)!, result.GetValue(json), result.GetValue(language), io, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] words, bool json, string? language, CliContext io, CancellationToken cancellationToken)
    {
        var text = words is ["-"] ? await io.In.ReadToEndAsync(cancellationToken) : string.Join(' ', words);
        using var host = await VerbHost.StartAsync(loadIndex: true, cancellationToken, io.Settings);
        var report = await host.Services.GetRequiredService<ICheckService>().CheckAsync(new CheckRequest(text, language), cancellationToken);
        await io.Out.WriteLineAsync(json ? JsonSerializer.Serialize(report, Json) : PlainTextRenderer.Render(report));
        return ExitCodes.Done;
    }
}
