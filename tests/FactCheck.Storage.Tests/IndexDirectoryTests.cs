using FactCheck.Storage.Sqlite;

namespace FactCheck.Storage.Tests;

public sealed class IndexDirectoryTests
{
    [Fact]
    public void The_index_sits_beside_the_sqlite_file_unless_moved_and_an_in_memory_store_keeps_it_in_memory()
    {
        var beside = new StorageOptions { ConnectionString = "Data Source=data/factcheck.db" }.ResolveIndexDirectory();
        var moved = new StorageOptions { ConnectionString = "Data Source=data/factcheck.db", IndexDirectory = "/var/lib/fc-index" }.ResolveIndexDirectory();
        var memory = new StorageOptions { ConnectionString = "Data Source=:memory:" }.ResolveIndexDirectory();
        var shared = new StorageOptions { ConnectionString = "Data Source=x;Mode=Memory;Cache=Shared" }.ResolveIndexDirectory();

        Assert.Equal(Path.GetFullPath("data/factcheck.index"), beside);
        Assert.Equal("/var/lib/fc-index", moved);
        Assert.Null(memory);
        Assert.Null(shared);
    }
}
