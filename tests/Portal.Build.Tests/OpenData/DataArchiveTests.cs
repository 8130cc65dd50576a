using System.IO.Compression;
using Portal.Build.Modeling;
using Portal.Build.OpenData;

namespace Portal.Build.Tests.OpenData;

/// <summary>The data archive: its bytes depend on its members' bytes alone, and a member streamed to its file is never held whole.</summary>
public sealed class DataArchiveTests
{
    /// <summary>Three and a half blocks of CSV-like text: more than one piece for the deflater.</summary>
    private static readonly byte[] Large = [.. Enumerable.Range(0, DataArchive.Block * 7 / 2).Select(i => (byte)("0123456789,\n"[i % 12] + (i / 4093 % 3)))];

    [Fact]
    public void A_member_streamed_in_odd_pieces_and_the_same_member_made_whole_give_the_same_archive()
    {
        var streamed = Zip(new GeneratedArchive("data.zip", [GeneratedGroup.Streamed("data/figures.csv", stream =>
        {
            // However the member is written (here in pieces of 4,093 bytes), the archive is fed the same blocks.
            for (var offset = 0; offset < Large.Length; offset += 4093)
            {
                stream.Write(Large, offset, Math.Min(4093, Large.Length - offset));
            }
        })]));
        var made = Zip(new GeneratedArchive("data.zip", [new GeneratedGroup("data/figures.csv", () => [("data/figures.csv", Large)])]));
        var kept = Zip(new GeneratedArchive("data.zip", [new GeneratedGroup("data/figures.csv", () => [("data/figures.csv", Large)])]), new KeptArchive());

        Assert.Equal(made, streamed);
        Assert.Equal(made, kept);
        using var archive = new ZipArchive(new MemoryStream(made));
        using var entry = new MemoryStream();
        archive.GetEntry("data/figures.csv")!.Open().CopyTo(entry);
        Assert.Equal(Large, entry.ToArray());
    }

    [Fact]
    public void A_streamed_member_is_read_back_from_its_file_a_block_at_a_time()
    {
        var files = new List<ReadCountingStream>();
        Stream Open(string path)
        {
            files.Add(new ReadCountingStream());
            return files[^1];
        }

        var archive = new GeneratedArchive("data.zip", [GeneratedGroup.Streamed("data/figures.csv", stream => stream.Write(Large))]);
        using var zip = new MemoryStream();
        Assert.Empty(DataArchive.Write(archive, zip, parallelism: 2, Open).ToList());

        var file = Assert.Single(files);
        Assert.Equal(Large, file.ToArray());
        Assert.Equal(DataArchive.Block, file.LargestRead);
    }

    private static byte[] Zip(GeneratedArchive archive, KeptArchive? kept = null)
    {
        using var zip = new MemoryStream();
        _ = DataArchive.Write(archive, zip, parallelism: 2, _ => new MemoryStream(), kept).ToList();
        return zip.ToArray();
    }

    /// <summary>A member's file that remembers the most bytes asked of it in one read.</summary>
    private sealed class ReadCountingStream : MemoryStream
    {
        public int LargestRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            LargestRead = Math.Max(LargestRead, count);
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            LargestRead = Math.Max(LargestRead, buffer.Length);
            return base.Read(buffer);
        }
    }
}
