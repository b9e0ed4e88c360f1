using System.Threading.Channels;
using FactCheck.Bot.Cli;
using FactCheck.Bot.ConsoleChat;
using FactCheck.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests;

public sealed class ConsoleConversationTests : IDisposable
{
    private readonly TestStore store = new();

    [Fact]
    public async Task A_pasted_block_of_lines_is_one_message_and_each_typed_message_gets_its_own_reply()
    {
        var input = new TypedInput();
        var output = new WatchedWriter();
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var chat = new ConsoleConversation(host.Services.GetRequiredService<ConversationService>(), input, output, TimeSpan.FromMilliseconds(300));
        var running = chat.RunAsync(CancellationToken.None);

        // A paste: all lines at once.
        input.Type("Laporan telah muncul menunjukkan Rusia telah kehilangan hingga 13.500 tentara dalam konflik.", "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un.");

        // The next line is typed once the reply is out, as a person would: lines typed while the bot is still busy
        // arrive together and would be taken as one pasted message.
        await output.ContainsAsync("Anda terlalu gila bagi kami\".", TimeSpan.FromSeconds(30));
        input.Type("Cuaca hari ini cerah");
        await output.ContainsAsync("Belum ada cek fakta", TimeSpan.FromSeconds(30));
        input.Type("/quit");
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        var text = output.ToString();
        Assert.StartsWith(ConsoleConversation.Banner, text, StringComparison.Ordinal);
        Assert.Equal(1, Count(text, "Rusia telah kehilangan hingga 13.500 tentara dalam konflik d"));
        Assert.Equal(1, Count(text, "Kim Jong Un kepada Putin"));
        Assert.Contains("Belum ada cek fakta", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CheckCommandTests.BadInputs), MemberType = typeof(CheckCommandTests))]
    public async Task Bad_input_in_the_chat_gets_a_clear_answer(string kind, string text)
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var chat = new ConsoleConversation(host.Services.GetRequiredService<ConversationService>(), TextReader.Null, TextWriter.Null, TimeSpan.FromMilliseconds(300));

        var reply = await chat.AnswerAsync(text, CancellationToken.None);

        Assert.False(string.IsNullOrWhiteSpace(reply), kind);
    }

    [Fact]
    public async Task A_megabyte_pasted_into_the_chat_is_answered_and_said_to_be_truncated()
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var chat = new ConsoleConversation(host.Services.GetRequiredService<ConversationService>(), TextReader.Null, TextWriter.Null, TimeSpan.FromMilliseconds(300));

        var reply = await chat.AnswerAsync(new string('x', 10) + string.Concat(Enumerable.Repeat("Berita ini menyebar di grup keluarga tanpa sumber yang jelas. ", 17_000)), CancellationToken.None);

        Assert.Contains(Core.Replies.UiText.Indonesian.Truncated, reply, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Stdin as a person uses it: lines arrive when typed or pasted.</summary>
    private sealed class TypedInput : TextReader
    {
        private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

        public void Type(params string[] text)
        {
            foreach (var line in text)
            {
                lines.Writer.TryWrite(line);
            }
        }

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            await lines.Reader.ReadAsync(cancellationToken);
    }
}
