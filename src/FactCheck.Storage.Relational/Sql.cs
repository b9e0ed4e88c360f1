using System.Data.Common;

namespace FactCheck.Storage.Relational;

/// <summary>One-off parameterised statements on a connection, optionally inside a transaction (parameters by name,
/// `@name` in the SQL: both providers bind a name without its prefix).</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            if (value is SqlTyped typed)
            {
                parameter.DbType = typed.Type;
                parameter.Value = typed.Value ?? DBNull.Value;
            }
            else
            {
                parameter.Value = value ?? DBNull.Value;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    /// <summary>Reads every row of a query through <paramref name="row"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> row, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    /// <summary>"@prefix0, @prefix1, …" and their parameters, for an IN list of values (the names are ours, the values parameters).</summary>
    public static (string Placeholders, (string Name, object? Value)[] Parameters) InList<T>(string prefix, IReadOnlyCollection<T> values)
    {
        var parameters = values.Select((value, i) => (prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)value)).ToArray();
        return (string.Join(", ", parameters.Select(p => "@" + p.Item1)), parameters);
    }
}
