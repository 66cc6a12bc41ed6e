using Microsoft.Data.Sqlite;

namespace SearchService.Core.Indexing;

/// <summary>Small conveniences over ADO.NET; every value goes in as a parameter, never into the SQL text.</summary>
internal static class SqliteExtensions
{
    private static readonly Lazy<bool> Initialised = new(() => { SQLitePCL.Batteries_V2.Init(); return true; });

    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        _ = Initialised.Value;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // Readers are pooled: opening a connection parses the schema, which costs more than a small search.
            // Writers are not, so no idle handle keeps a file (or an old generation) busy after a write.
            Pooling = mode == SqliteOpenMode.ReadOnly,
        }.ToString());
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 5000");
        return connection;
    }

    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static int Execute(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
