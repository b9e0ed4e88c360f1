using System.CommandLine;
using FactCheck.Bot.StorageCopy;
using Npgsql;

namespace FactCheck.Bot.Cli;

/// <summary>`storage copy --from FILE --to CONNECTION` moves a deployment's SQLite store into PostgreSQL.</summary>
/// <remarks>Exit codes: 0 copied, 1 refused (the database could not be read or written), 2 usage error.</remarks>
internal static class StorageCommand
{
    public static Command Create(CliContext io)
    {
        var from = CliSymbols.ExistingFile("--from", "The SQLite store to copy (e.g. data/factcheck.db).", required: true);
        var to = CliSymbols.RequiredText("--to", "CONNECTION",
            "The PostgreSQL connection string (Host=...;Database=...;Username=...); the password from PGPASSWORD, never on the command line.");
        var copy = new Command("copy",
            "Copy every claim, tip, notification, setting and statistic of an SQLite store into PostgreSQL, in one transaction; running it again changes nothing.")
        {
            from,
            to,
        };
        copy.SetAction((result, ct) => CopyAsync(result.GetValue(from)!, result.GetValue(to)!, io, ct));
        var command = new Command("storage", "Move the store between providers (Storage:Provider).") { copy };
        CommandLine.RequireSubcommand(command, io);
        return command;
    }

    /// <summary>Runs `storage ARGS` as the command line would (tests call it with their own streams).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        CommandLine.RunAsync(["storage", .. args], new CliContext(TextReader.Null, stdout, stderr), cancellationToken);

    private static async Task<int> CopyAsync(string from, string to, CliContext io, CancellationToken cancellationToken)
    {
        if (!IsPostgres(to))
        {
            await io.Error.WriteLineAsync($"{CommandLine.Name} storage copy: --to: not a PostgreSQL connection string with a Host (e.g. \"Host=db;Database=factcheck;Username=factcheck\"). See '{CommandLine.Name} storage copy --help'.");
            return ExitCodes.Usage;
        }

        var progress = io.Error == Console.Error ? CopyProgressDisplay.ForConsole() : new CopyProgressDisplay(io.Error, terminal: false);
        try
        {
            var tables = await new SqliteToPostgresCopier(progress).CopyAsync(from, to, cancellationToken);
            foreach (var (table, rows) in tables)
            {
                await io.Out.WriteLineAsync($"{table}: {rows} rows");
            }

            return ExitCodes.Done;
        }
        catch (Exception e) when (e is NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            // The message names what failed (a refused login, a missing table); never the connection string, which may hold a password.
            await io.Error.WriteLineAsync($"{CommandLine.Name} storage copy: nothing was copied: {e.Message}");
            return ExitCodes.Refused;
        }
    }

    private static bool IsPostgres(string value)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
