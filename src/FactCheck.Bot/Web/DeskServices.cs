using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Web;

/// <summary>The bot's own services (stores, tipline, checker), as the desk's handlers reach them.</summary>
internal sealed class DeskServices(IServiceProvider bot)
{
    public T Get<T>() where T : notnull => bot.GetRequiredService<T>();

    public T? Find<T>() => bot.GetService<T>();
}
