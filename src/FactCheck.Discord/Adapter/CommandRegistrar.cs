using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using FactCheck.Discord.Rest;

namespace FactCheck.Discord.Adapter;

/// <summary>Registers the commands at start: on one server when Discord:GuildId is set (at once), else globally.</summary>
internal sealed class CommandRegistrar(DiscordApi api, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public async Task<RestResult> RegisterAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var guild = string.IsNullOrWhiteSpace(o.GuildId) ? null : o.GuildId;
        var commands = CommandDefinitions.All(global: guild is null);
        var result = await api.OverwriteCommandsAsync(o.ApplicationId!, guild, commands, cancellationToken);
        if (result.IsOk)
        {
            AdapterLog.CommandsRegistered(logger, commands.Count, guild is null ? "global; may take a while to appear" : "on server " + guild);
        }
        else
        {
            AdapterLog.CommandsNotRegistered(logger, result.HttpStatus, result.Error);
        }

        return result;
    }
}
