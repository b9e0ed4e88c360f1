using FactCheck.Bot.ConsoleChat;
using FactCheck.Bot.Feeds;
using FactCheck.Bot.Hosting;
using FactCheck.Bot.Web;
using FactCheck.Core.Checking;
using FactCheck.Core.Conversation;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Discord;
using FactCheck.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot;

/// <summary>Builds the bot's host: core, storage, seeds and whichever chat adapters are configured.</summary>
public static class BotHostFactory
{
    /// <summary>A host builder reading appsettings.json and the environment, with <paramref name="overrides"/> on top (tests use them).</summary>
    /// <param name="args">Command-line configuration overrides (`--Section:Key value`).</param>
    /// <param name="overrides">Configuration values that win over every other source.</param>
    /// <param name="consoleChat">Whether to chat on stdin/stdout when no platform token is configured.</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, bool consoleChat = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = ContentRoot() });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        // stdout belongs to the conversation and to `check --json`; logs go to stderr.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.AddStorage();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration("Seeds");
        builder.Services.AddOptions<MatchingOptions>()
            .BindConfiguration("Matching")
            .Validate(o => o.SuggestThreshold > 0 && o.SuggestThreshold <= o.ReplyThreshold && o.ReplyThreshold <= 1, "Matching: thresholds must satisfy 0 < SuggestThreshold <= ReplyThreshold <= 1.")
            .Validate(o => o.MaxCheckedCharacters > 0 && o.MaxPassages > 0 && o.MaxMatches > 0, "Matching: MaxCheckedCharacters, MaxPassages and MaxMatches must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<MatchingOptions>>().Value);
        AddEmbeddings(builder);
        builder.Services.AddSingleton<CheckService>();
        builder.Services.AddSingleton<ICheckService, RecordingCheckService>();
        builder.Services.AddSingleton<ClaimIndexLoader>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClaimIndexLoader>());
        builder.Services.AddHostedService<ClaimIndexWatcher>();
        builder.AddTips();
        builder.AddFeeds();
        builder.AddImageReading();
        builder.AddWeb();
        builder.Services.AddSingleton(ConversationOptions.From(key => builder.Configuration[key]));
        builder.Services.AddSingleton<ConversationService>();

        // An image offered at the console is fetched again from its file when /submit comes after a restart; only the
        // console's own offers (platform "cli") carry a path, so this is never asked to read a path a chat user named.
        builder.Services.AddSingleton<IImageReferences, ConsoleImageReferences>();

        builder.AddTelegram();
        builder.AddDiscord();
        if (consoleChat && !HasPlatformToken(builder.Configuration))
        {
            builder.Services.AddSingleton<ConsoleNotificationChannel>();
            builder.Services.AddSingleton<Core.Tips.Outbox.ITipNotificationChannel>(sp => sp.GetRequiredService<ConsoleNotificationChannel>());
            builder.Services.AddHostedService<ConsoleChatService>();
        }

        return builder;
    }

    // The embedder is registered only when enabled, so CheckService falls back to lexical matching without it.
    private static void AddEmbeddings(HostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmbeddingModelOptions>()
            .BindConfiguration(EmbeddingModelOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(
                o => !o.Enabled || o.Model != "directory" || (!string.IsNullOrWhiteSpace(o.Directory) && Directory.Exists(o.Directory)),
                "Embeddings:Directory must name an existing folder holding model.onnx and vocab.txt when Embeddings:Model is 'directory'.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<EmbeddingModelOptions>>().Value.ToVectorIndexOptions());
        if (builder.Configuration.GetValue($"{EmbeddingModelOptions.SectionName}:Enabled", defaultValue: true))
        {
            builder.Services.AddSingleton<ITextEmbedder>(sp => OnnxTextEmbedder.Create(sp.GetRequiredService<IOptions<EmbeddingModelOptions>>().Value));
        }
    }

    /// <summary>True when a Telegram or Discord token is configured.</summary>
    public static bool HasPlatformToken(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]) || !string.IsNullOrWhiteSpace(configuration["Discord:Token"]);

    /// <summary>The current directory when it holds appsettings.json (a clone), else the program's own folder (an installed copy).</summary>
    private static string ContentRoot()
    {
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, "appsettings.json")) ? current : AppContext.BaseDirectory;
    }
}
