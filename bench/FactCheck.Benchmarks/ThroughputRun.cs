using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;

namespace FactCheck.Benchmarks;

/// <summary>`throughput [--claims FILE] [--queries FILE[,FILE]] [--messages N] [--connections N] [--updates-at-once N]
/// [--postgres CONNECTION] [--setups sqlite,postgres,postgres2]`: messages per second answered through the fake Telegram webhook by one bot on
/// SQLite, one on PostgreSQL and two on one PostgreSQL, lexical matching, over the claims (with a rating added, imported
/// by the real `import` verb), the messages being the queries; also the answer latency (p50, p99) and the CPU a
/// message costs. PostgreSQL comes from --postgres, else FACTCHECK_TEST_POSTGRES (a fresh schema, dropped afterwards);
/// without either, only SQLite is measured.</summary>
internal static class ThroughputRun
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> named, CancellationToken cancellationToken)
    {
        var bench = Path.Combine(BenchEnvironment.BenchFolder, "clef2022-2a-en");
        var claims = named.GetValueOrDefault("claims", Path.Combine(bench, "claims.jsonl"));
        var queryFiles = named.GetValueOrDefault("queries", Path.Combine(bench, "queries-dev.tsv") + "," + Path.Combine(bench, "queries-train.tsv"));
        var texts = queryFiles.Split(',')
            .SelectMany(f => File.ReadLines(f).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2 && p[0] != "query_id").Select(p => p[1]))
            .Take(int.Parse(named.GetValueOrDefault("messages", "100000"), CultureInfo.InvariantCulture))
            .ToList();
        var connections = int.Parse(named.GetValueOrDefault("connections", "16"), CultureInfo.InvariantCulture);
        var updatesAtOnce = named.GetValueOrDefault("updates-at-once"); // Telegram:MaxConcurrentUpdates; the bot's default otherwise
        var setups = named.GetValueOrDefault("setups", "sqlite,postgres,postgres2").Split(',');
        var server = named.GetValueOrDefault("postgres") ?? Environment.GetEnvironmentVariable("FACTCHECK_TEST_POSTGRES");

        var folder = Directory.CreateTempSubdirectory("factcheck-throughput-").FullName;
        var schema = "fc_bench_" + Guid.NewGuid().ToString("N")[..12];
        var postgres = string.IsNullOrWhiteSpace(server) ? null : new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        var whole = Stopwatch.StartNew();
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{texts.Count} messages a setup after {WebhookSetup.WarmUp} to warm up, {connections} webhook calls open at once, {updatesAtOnce ?? "default"} updates handled at once per instance, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
            var serverCpu = server is null ? null : await PostgresServerCpu.FindAsync(server, cancellationToken);
            var rated = Path.Combine(folder, "rated.jsonl");
            var count = WriteRated(claims, rated);
            var sqlite = $"Data Source={Path.Combine(folder, "bench.db")}";
            foreach (var setup in setups)
            {
                var (provider, store, instances) = setup switch
                {
                    "sqlite" => ("Sqlite", sqlite, 1),
                    "postgres" => ("Postgres", postgres, 1),
                    "postgres2" => ("Postgres", postgres, 2),
                    _ => throw new ArgumentException($"--setups: '{setup}' is not one of sqlite, postgres, postgres2"),
                };
                if (store is null)
                {
                    Console.WriteLine($"{setup}: skipped: no PostgreSQL (give --postgres CONNECTION or set FACTCHECK_TEST_POSTGRES)");
                    continue;
                }

                if (provider == "Postgres" && !await ExistsAsync(server!, schema, cancellationToken))
                {
                    await ExecuteAsync(server!, $"CREATE SCHEMA {schema}", cancellationToken);
                    await ImportAsync(provider, store, rated, folder, count, cancellationToken);
                }
                else if (provider == "Sqlite" && !File.Exists(Path.Combine(folder, "bench.db")))
                {
                    await ImportAsync(provider, store, rated, folder, count, cancellationToken);
                }

                var label = $"{setup} ({instances} instance{(instances > 1 ? "s" : string.Empty)}, {provider})";
                Console.WriteLine(await new WebhookSetup(label, provider, store, instances, connections, updatesAtOnce, serverCpu, folder).MeasureAsync(texts, cancellationToken));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {whole.Elapsed.TotalMinutes:F1} min; load average {LoadAverage()}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (postgres is not null && await ExistsAsync(server!, schema, CancellationToken.None))
            {
                await ExecuteAsync(server!, $"DROP SCHEMA {schema} CASCADE", CancellationToken.None);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The benchmark's claims state no rating, and the bot refuses a claim without one: each gets "False".</summary>
    private static int WriteRated(string claims, string rated)
    {
        var count = 0;
        using var writer = new StreamWriter(rated);
        foreach (var line in File.ReadLines(claims).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var claim = JsonNode.Parse(line)!.AsObject();
            claim["rating"] = "False";
            writer.WriteLine(claim.ToJsonString());
            count++;
        }

        return count;
    }

    /// <summary>Imports with the shipped program's `import` verb (factcheck.dll beside this benchmark), as an operator would.</summary>
    private static async Task ImportAsync(string provider, string store, string rated, string folder, int count, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "factcheck.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(rated);
        start.Environment["Storage__Provider"] = provider;
        start.Environment["Storage__ConnectionString"] = store;
        start.Environment["Storage__IndexDirectory"] = Path.Combine(folder, "import.index");
        start.Environment["Embeddings__Enabled"] = "false";
        start.Environment["Seeds__LoadWhenEmpty"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        // Its progress lines are not this run's output; they are shown only if it fails.
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"import into {provider} failed ({process.ExitCode}): {output}{await error}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {count} claims imported in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<bool> ExistsAsync(string server, string schema, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = @s", connection);
        command.Parameters.AddWithValue("s", schema);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
