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

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var json = false;
        string? language = null;
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--lang" when i + 1 < args.Length:
                    language = args[++i];
                    break;
                default:
                    words.Add(args[i]);
                    break;
            }
        }

        var text = words is ["-"] ? await stdin.ReadToEndAsync(cancellationToken) : string.Join(' ', words);
        using var host = await VerbHost.StartAsync(loadIndex: true, cancellationToken, settings);
        var report = await host.Services.GetRequiredService<ICheckService>().CheckAsync(new CheckRequest(text, language), cancellationToken);
        await stdout.WriteLineAsync(json ? JsonSerializer.Serialize(report, Json) : PlainTextRenderer.Render(report));
        return 0;
    }
}
