using System.Globalization;
using Npgsql;

namespace FactCheck.Benchmarks;

/// <summary>The CPU time a local PostgreSQL server has used: its postmaster's own and its reaped backends' (from
/// /proc/PID/stat), plus its live backends'. The PostgreSQL setups' work is partly done there, outside the bot's
/// process, so CPU a message counts it too. Null where the server is not on this machine or not readable.</summary>
internal sealed class PostgresServerCpu(int postmaster)
{
    // USER_HZ: Linux reports process times in hundredths of a second on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static async Task<PostgresServerCpu?> FindAsync(string server, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SHOW data_directory", connection);
            var folder = (string?)await command.ExecuteScalarAsync(cancellationToken);
            var pid = folder is null ? null : File.ReadLines(Path.Combine(folder, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && Read(id) is not null ? new PostgresServerCpu(id) : null;
        }
        catch (Exception e) when (e is NpgsqlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The server's CPU time so far.</summary>
    public TimeSpan Used()
    {
        var total = Read(postmaster)?.WithChildren ?? 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid) && Read(pid) is { } p && p.Parent == postmaster)
            {
                total += p.WithChildren;
            }
        }

        return TimeSpan.FromSeconds(total / TicksPerSecond);
    }

    private static (int Parent, long WithChildren)? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");

            // After the command name in parentheses (which may hold spaces): state, ppid, ..., utime, stime, cutime, cstime.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return ((int)Field(1), Field(11) + Field(12) + Field(13) + Field(14));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
