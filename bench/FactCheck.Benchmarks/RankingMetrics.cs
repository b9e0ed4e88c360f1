namespace FactCheck.Benchmarks;

/// <summary>MAP@5, MRR, Success@10 and P@1 over the queries that have a relevant claim (CheckThat! definitions).</summary>
public sealed class RankingMetrics
{
    private double _ap5;
    private double _rr;
    private double _s10;
    private double _p1;

    public int Queries { get; private set; }

    public double Map5 => _ap5 / Queries;

    public double Mrr => _rr / Queries;

    public double Success10 => _s10 / Queries;

    public double P1 => _p1 / Queries;

    public void Add(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        if (relevant.Count == 0)
        {
            return;
        }

        Queries++;
        var hits = 0;
        double precisionSum = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (!relevant.Contains(ranked[i]))
            {
                continue;
            }

            hits++;
            if (i < 5)
            {
                precisionSum += (double)hits / (i + 1);
            }

            if (hits == 1)
            {
                _rr += 1.0 / (i + 1);
                _s10 += i < 10 ? 1 : 0;
                _p1 += i == 0 ? 1 : 0;
            }
        }

        _ap5 += precisionSum / relevant.Count;
    }

    public override string ToString() =>
        $"queries {Queries}  MAP@5 {Map5:F4}  MRR {Mrr:F4}  S@10 {Success10:F4}  P@1 {P1:F4}";
}
