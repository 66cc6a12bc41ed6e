using Microsoft.Data.Sqlite;

namespace SearchService.Core.Indexing;

/// <summary>
/// One prepared command per SQL text, reused with new parameter values: a bulk build runs the same few
/// statements millions of times, and preparing each time costs about as much as the insert itself.
/// </summary>
internal sealed class StatementCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteCommand Get(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _commands[sql] = command;
        }
        foreach (var (name, value) in parameters) command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters) => Get(sql, parameters).ExecuteNonQuery();

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var value = Get(sql, parameters).ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
