using System.Threading.Channels;
using FactCheck.Bot.Cli;
using FactCheck.Bot.ConsoleChat;
using FactCheck.Core.Checking;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests;

public sealed class ConsoleConversationTests : IDisposable
{
    private readonly TestStore store = new();

    [Fact]
    public async Task A_pasted_block_of_lines_is_one_message_and_each_typed_message_gets_its_own_reply()
    {
        var input = new TypedInput();
        var output = new StringWriter();
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var chat = new ConsoleConversation(host.Services.GetRequiredService<ICheckService>(), input, output, TimeSpan.FromMilliseconds(300));
        var running = chat.RunAsync(CancellationToken.None);

        // A paste: all lines at once.
        input.Type("Laporan telah muncul menunjukkan Rusia telah kehilangan hingga 13.500 tentara dalam konflik.", "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un.");
        await Task.Delay(1500);
        input.Type("Cuaca hari ini cerah");
        await Task.Delay(1500);
        input.Type("/quit");
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        var text = output.ToString();
        Assert.StartsWith(ConsoleConversation.Banner, text, StringComparison.Ordinal);
        Assert.Equal(1, Count(text, "13,500 soldiers"));
        Assert.Equal(1, Count(text, "too crazy for us"));
        Assert.Contains("Belum ada cek fakta", text, StringComparison.Ordinal);
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
