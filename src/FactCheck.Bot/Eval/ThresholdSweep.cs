using System.Globalization;
using System.Text;

namespace FactCheck.Bot.Eval;

/// <summary>Reply precision, recall and false-reply rate at a range of reply thresholds, from one eval run (to choose the defaults on open-set dev data).</summary>
internal sealed class ThresholdSweep
{
    private readonly List<(bool Answerable, List<(double Confidence, bool ReplyAllowed, bool Relevant)> Found)> queries = [];

    /// <summary>Records one query's matches.</summary>
    public void Add(bool answerable, List<(double Confidence, bool ReplyAllowed, bool Relevant)> found) => queries.Add((answerable, found));

    /// <summary>One line per threshold from 0.30 to 0.95.</summary>
    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("reply threshold sweep:\n");
        for (var t = 0.30; t < 0.96; t += 0.05)
        {
            double pairs = 0, right = 0, recalled = 0, answerable = 0, falseReplies = 0, unanswerable = 0;
            foreach (var (isAnswerable, found) in queries)
            {
                var replied = found.Where(f => f.ReplyAllowed && f.Confidence >= t - 1e-9).ToList();
                pairs += replied.Count;
                right += replied.Count(f => f.Relevant);
                if (isAnswerable)
                {
                    answerable++;
                    recalled += replied.Exists(f => f.Relevant) ? 1 : 0;
                }
                else
                {
                    unanswerable++;
                    falseReplies += replied.Count > 0 ? 1 : 0;
                }
            }

            sb.AppendLine(c, $"  {t:0.00}: precision {right / Math.Max(1, pairs):0.0000}  recall {recalled / Math.Max(1, answerable):0.0000}  false-reply rate {falseReplies / Math.Max(1, unanswerable):0.0000}");
        }

        return sb.ToString().TrimEnd();
    }
}
