using System.Globalization;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace FactCheck.Core.Matching;

/// <summary>Decides whether an index folder can be trusted: written in this format, for this store, whole. A folder
/// left by a process that did not close it cleanly has every file's checksum verified before it is used.</summary>
internal static class ClaimIndexFolder
{
    // Written when the index is closed cleanly, removed when it is opened: its absence means a crash or a kill.
    private const string CleanMarker = "closed-cleanly";

    /// <summary>Null when the index can be used (with the sequence and next slot it recorded), else why it cannot.</summary>
    public static string? Check(LuceneDirectory directory, string folder, string storeId, out long sequence, out int nextSlot)
    {
        sequence = 0;
        nextSlot = 0;
        var marker = Path.Combine(folder, CleanMarker);
        var clean = File.Exists(marker);
        File.Delete(marker);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return "none found";
            }

            var infos = new SegmentInfos();
            infos.Read(directory);
            var data = infos.UserData;
            if (Get(data, LiveClaimIndex.FormatKey) != LiveClaimIndex.FormatVersion.ToString(CultureInfo.InvariantCulture))
            {
                return "written in another format";
            }

            if (Get(data, LiveClaimIndex.StoreKey) != storeId)
            {
                return "written for another store";
            }

            if (!long.TryParse(Get(data, LiveClaimIndex.SequenceKey), CultureInfo.InvariantCulture, out sequence)
                || !int.TryParse(Get(data, LiveClaimIndex.NextSlotKey), CultureInfo.InvariantCulture, out nextSlot))
            {
                return "its commit records no sequence";
            }

            if (!clean)
            {
                // Lucene commits are atomic, but a file damaged afterwards (a full disk, a copy cut short) is only found
                // by its checksum; reading every file costs about a second per few hundred MB, only after a crash.
                using var reader = DirectoryReader.Open(directory);
                foreach (var leaf in reader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }
            }

            return null;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or InvalidOperationException or IndexOutOfRangeException
                                      or FormatException or ArgumentException or EndOfStreamException or IndexFormatTooOldException)
        {
            return $"unreadable ({e.GetType().Name})";
        }
    }

    /// <summary>Removes the index files (only Lucene's and ours: the folder may have been pointed at a shared one).</summary>
    public static void Empty(string folder)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal) || name is "write.lock" or CleanMarker)
            {
                File.Delete(file);
            }
        }
    }

    private static string? Get(IDictionary<string, string> data, string key) => data.TryGetValue(key, out var value) ? value : null;

    public static void MarkClean(string folder) => File.WriteAllText(Path.Combine(folder, CleanMarker), string.Empty);
}
