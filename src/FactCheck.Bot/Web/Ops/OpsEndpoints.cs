using FactCheck.Core.Checking;
using FactCheck.Core.Hosting;
using FactCheck.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactCheck.Bot.Web.Ops;

/// <summary>/healthz (the process answers), /readyz (store reachable, index loaded, every configured platform
/// connected; 503 with the reasons otherwise) and /metrics (Prometheus text). No login; no tip text, user or token.</summary>
internal static class OpsEndpoints
{
    private static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(3);

    public static void Map(WebApplication web)
    {
        web.MapGet("/healthz", () => Results.Text("ok\n", "text/plain; charset=utf-8"));
        web.MapGet("/readyz", (Delegate)ReadyAsync);

        // The outbox's pending count is read from the store just before each scrape, not inside the exporter's callback.
        web.UseWhen(c => c.Request.Path == "/metrics", branch => branch.Use(async (context, next) =>
        {
            await OpsMetrics.RefreshAsync(context.RequestServices.GetService(typeof(DeskServices)) as DeskServices, context.RequestAborted);
            await next(context);
        }));
        web.MapPrometheusScrapingEndpoint("/metrics");
    }

    private static async Task<IResult> ReadyAsync(HttpContext context)
    {
        var services = (DeskServices)context.RequestServices.GetService(typeof(DeskServices))!;
        var problems = new List<string>();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(StoreTimeout);
            await services.Get<IClaimStore>().CountAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            problems.Add("store: not reachable (" + e.GetType().Name + ")");
        }

        if (services.Get<CheckService>().Matcher is null)
        {
            problems.Add("index: not loaded yet");
        }

        problems.AddRange(services.Get<PlatformReadiness>().Problems());
        return problems.Count == 0
            ? Results.Text("ready\n", "text/plain; charset=utf-8")
            : Results.Text("not ready\n" + string.Join('\n', problems) + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
