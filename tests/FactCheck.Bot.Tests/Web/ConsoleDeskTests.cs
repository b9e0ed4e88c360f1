using FactCheck.Bot.ConsoleChat;
using FactCheck.Bot.Cli;
using FactCheck.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Web;

/// <summary>/desk in the console chat: its operator is trusted like the command line, so they get a link; with the
/// web server off, /desk is an unknown command rather than a link to nowhere.</summary>
public sealed class ConsoleDeskTests : IDisposable
{
    private readonly TestStore store = new();

    [Fact]
    public async Task The_console_operator_gets_a_sign_in_link_that_the_desk_accepts()
    {
        using var host = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, store.Settings);
        var chat = new ConsoleConversation(host.Services.GetRequiredService<ConversationService>(), TextReader.Null, TextWriter.Null, TimeSpan.FromMilliseconds(300));
        var reply = await chat.AnswerAsync("/desk", CancellationToken.None) ?? string.Empty;
        var link = DeskHost.LinkIn(reply);
        Assert.NotNull(link);
        link ??= string.Empty;
        Assert.StartsWith("http://127.0.0.1:", link, StringComparison.Ordinal);
        var login = host.Services.GetRequiredService<Core.Desk.DeskLogin>();
        Assert.NotNull(await login.RedeemAsync(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..], CancellationToken.None));
    }

    [Fact]
    public async Task With_the_web_server_off_desk_is_an_unknown_command()
    {
        var settings = store.Settings;
        settings["Web:Listen"] = string.Empty;
        using var host = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, settings);
        var chat = new ConsoleConversation(host.Services.GetRequiredService<ConversationService>(), TextReader.Null, TextWriter.Null, TimeSpan.FromMilliseconds(300));
        var reply = await chat.AnswerAsync("/desk", CancellationToken.None) ?? string.Empty;
        Assert.Null(DeskHost.LinkIn(reply));
        Assert.Contains("/desk", reply, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();
}
