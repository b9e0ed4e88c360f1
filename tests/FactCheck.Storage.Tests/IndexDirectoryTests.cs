using FactCheck.Core.Storage;

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

    [Fact]
    public void A_postgres_store_keeps_its_index_in_the_configured_folder_or_in_data_factcheck_index()
    {
        var configured = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Host=db", IndexDirectory = "/srv/fc-index" }.ResolveIndexDirectory();
        var fallback = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = "Host=db" }.ResolveIndexDirectory();

        Assert.Equal("/srv/fc-index", configured);
        Assert.Equal(Path.GetFullPath("data/factcheck.index"), fallback);
    }
}
