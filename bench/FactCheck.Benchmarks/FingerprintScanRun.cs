using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Images;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>The fingerprint lookup's linear scan: <c>count</c> random PDQ hashes kept with claims in a temporary SQLite
/// file, then lookups of three hashes (an image and its caption-bar variants), p50 and p99.</summary>
internal static class FingerprintScanRun
{
    public static async Task RunAsync(int count, int runs, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-pdq-scan-");
        try
        {
            var database = new SqliteDatabase($"Data Source={Path.Combine(folder.FullName, "scan.db")};Pooling=false");
            var claims = new SqliteClaimStore(database);
            var store = new SqlImageFingerprintStore(database);
            var random = new Random(1);
            var review = new Review("https://factcheck.example.org/x", new Publisher("Example"), "False", Verdict.False, new DateOnly(2026, 1, 1));
            const int batch = 5000;
            for (var start = 0; start < count; start += batch)
            {
                var ids = Enumerable.Range(start, Math.Min(batch, count - start)).Select(i => "img-" + i.ToString(CultureInfo.InvariantCulture)).ToList();
                await claims.UpsertAsync([.. ids.Select(id => new Claim(id, "Claim " + id, "en", [], [], [review]))], cancellationToken);
            }

            // The kept hashes are written in one transaction (the store's AddAsync takes one claim's at a time).
            await using (var connection = await database.OpenAsync(cancellationToken))
            await using (var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO claim_image_hashes (claim_id, hash, source, created_at) VALUES ($c, $h, 'bench', '2026-11-30')";
                var claim = insert.Parameters.Add("$c", Microsoft.Data.Sqlite.SqliteType.Text);
                var hash = insert.Parameters.Add("$h", Microsoft.Data.Sqlite.SqliteType.Blob);
                var bytes = new byte[32];
                for (var i = 0; i < count; i++)
                {
                    random.NextBytes(bytes);
                    claim.Value = "img-" + i.ToString(CultureInfo.InvariantCulture);
                    hash.Value = bytes;
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            var times = new List<double>();
            for (var i = 0; i <= runs; i++)
            {
                var query = new[] { RandomHash(random), RandomHash(random), RandomHash(random) };
                var clock = Stopwatch.StartNew();
                _ = await store.FindAsync(query, 31, cancellationToken);
                if (i > 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fingerprint lookup, linear scan of {count:N0} kept hashes (SQLite): p50 {times[times.Count / 2]:0.0} ms, p99 {times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.99 * times.Count) - 1)]:0.0} ms ({runs} lookups)"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static PdqHash RandomHash(Random random)
    {
        var bits = new bool[PdqHash.Bits];
        for (var k = 0; k < bits.Length; k++)
        {
            bits[k] = random.Next(2) == 1;
        }

        return PdqHash.FromBits(bits);
    }
}
