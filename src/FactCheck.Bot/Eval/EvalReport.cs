using System.Globalization;
using System.Text;

namespace FactCheck.Bot.Eval;

/// <summary>The figures an eval run produces.</summary>
internal sealed record EvalReport(
    int Claims,
    int Queries,
    int Answerable,
    int Unanswerable,
    double Map5,
    double Mrr,
    double Success10,
    double P1,
    double ReplyPrecision,
    double ReplyRecall,
    double FalseReplyRate,
    double LatencyP50Ms,
    double LatencyP95Ms,
    double LatencyP99Ms,
    double StoreLoadSeconds,
    double IndexBuildSeconds)
{
    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"claims: {Claims} (loaded from the store in {StoreLoadSeconds:0.00} s, index built in {IndexBuildSeconds:0.00} s)");
        sb.AppendLine(c, $"queries: {Queries} ({Answerable} answerable, {Unanswerable} without a relevant claim)");
        sb.AppendLine(c, $"ranking over answerable queries: MAP@5 {Map5:0.0000}  MRR {Mrr:0.0000}  Success@10 {Success10:0.0000}  P@1 {P1:0.0000}");
        sb.Append(c, $"reply decision: precision {ReplyPrecision:0.0000}  recall {ReplyRecall:0.0000}");
        sb.AppendLine(Unanswerable > 0 ? string.Create(c, $"  false-reply rate {FalseReplyRate:0.0000}") : string.Empty);
        sb.AppendLine(c, $"latency per query: p50 {LatencyP50Ms:0.00} ms  p95 {LatencyP95Ms:0.00} ms  p99 {LatencyP99Ms:0.00} ms");
        return sb.ToString().TrimEnd();
    }
}
