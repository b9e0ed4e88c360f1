using FactCheck.Core.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Discord.Interactions;

/// <summary>The HTTP interactions endpoint: its own Kestrel listener on Discord:InteractionsListen, for Discord (through
/// the operator's TLS proxy) to POST slash commands, the message command and button presses to.</summary>
/// <remarks>A listener of its own rather than a route on the host's web server, so the Discord adapter stays
/// self-contained and this port can be exposed to Discord without exposing anything else.</remarks>
internal sealed class InteractionsEndpoint(
    InteractionHttpHandler handler,
    IOptions<DiscordOptions> options,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;

    /// <summary>The address actually bound (with the port chosen when the setting asked for port 0).</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(InteractionsEndpoint).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = InteractionHttpHandler.MaxBodyBytes;
            kestrel.Limits.MaxConcurrentConnections = 512;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        builder.WebHost.UseUrls(options.Value.InteractionsListen!);

        // The host's own logging, and no console lifetime of its own: the bot's host decides when this stops.
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, OwnedLifetime>();
        app = builder.Build();
        app.Run(context => handler.HandleAsync(context, stopping.Token));
        await app.StartAsync(cancellationToken);

        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(bound);
        InteractionsLog.Listening(loggerFactory.CreateLogger<InteractionsEndpoint>(), bound);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is null)
        {
            return;
        }

        // Requests in flight get their answer; handlers still at work (a deferred check) are cancelled and awaited.
        await app.StopAsync(cancellationToken);
        await stopping.CancelAsync();
        await handler.Running.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        stopping.Dispose();
    }
}
