using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FactCheck.Bot.Tests.Web;

/// <summary>Another site on 127.0.0.1 (a different port is a different origin) serving one page: the forged-form attacker.</summary>
internal sealed class FakeSite : IDisposable
{
    private readonly HttpListener listener = new();

    public FakeSite(string body)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Url);
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                try
                {
                    var context = await listener.GetContextAsync();
                    var bytes = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>" + body + "</body></html>");
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        });
    }

    public string Url { get; }

    public void Dispose() => listener.Close();
}
