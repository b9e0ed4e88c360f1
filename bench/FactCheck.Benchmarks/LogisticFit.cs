namespace FactCheck.Benchmarks;

/// <summary>Logistic regression by Newton's method with a small L2 penalty (the intercept is not penalised).</summary>
internal static class LogisticFit
{
    /// <summary>The intercept followed by one weight per feature.</summary>
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double l2 = 1e-3, int iterations = 50)
    {
        var d = x[0].Length + 1;
        var w = new double[d];
        for (var it = 0; it < iterations; it++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var n = 0; n < x.Count; n++)
            {
                var row = Row(x[n]);
                var p = Sigmoid(Dot(w, row));
                var s = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < d; i++)
                {
                    gradient[i] += (p - (y[n] ? 1 : 0)) * row[i];
                    for (var j = 0; j < d; j++)
                    {
                        hessian[i, j] += s * row[i] * row[j];
                    }
                }
            }

            for (var i = 1; i < d; i++)
            {
                gradient[i] += l2 * x.Count * w[i];
                hessian[i, i] += l2 * x.Count;
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var i = 0; i < d; i++)
            {
                w[i] -= step[i];
                change = Math.Max(change, Math.Abs(step[i]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        return w;
    }

    /// <summary>Mean log loss of the weights on the examples.</summary>
    public static double LogLoss(double[] w, IReadOnlyList<double[]> x, IReadOnlyList<bool> y)
    {
        var sum = 0.0;
        for (var n = 0; n < x.Count; n++)
        {
            var p = Math.Clamp(Sigmoid(Dot(w, Row(x[n]))), 1e-12, 1 - 1e-12);
            sum -= y[n] ? Math.Log(p) : Math.Log(1 - p);
        }

        return sum / x.Count;
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double[] Row(double[] features) => [1, .. features];

    private static double Dot(double[] w, double[] row)
    {
        var z = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            z += w[i] * row[i];
        }

        return z;
    }

    // Gaussian elimination with partial pivoting; the penalised Hessian is positive definite.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var c = 0; c < n; c++)
            {
                (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var c = col; c < n; c++)
                {
                    m[r, c] -= f * m[col, c];
                }

                v[r] -= f * v[col];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var c = r + 1; c < n; c++)
            {
                s -= m[r, c] * x[c];
            }

            x[r] = s / m[r, r];
        }

        return x;
    }
}
