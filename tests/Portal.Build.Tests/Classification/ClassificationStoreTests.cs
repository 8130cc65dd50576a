using Portal.Build.Classification;
using Portal.Build.Incremental;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Classification;

/// <summary>
/// The classification pages' entries wait in a temporary file between the model stage and rendering. These tests
/// count the process's open handles on such files, so they run alone: another test's build would hold its own.
/// </summary>
[Collection(nameof(ClassificationStoreTests))]
[CollectionDefinition(nameof(ClassificationStoreTests), DisableParallelization = true)]
public sealed class ClassificationStoreTests
{
    // Two pages' ranges: one entry, then three, of which the second shares all but its year, row and amounts with the
    // first (what the store leaves out) and the third shares nothing, not even its number of columns.
    private static readonly ClassificationEntry[][] Written =
    [
        [
            new("测试市机关事务局", 2023, "ceshi/2023/", "财决02表", "收入支出决算总表", "t02-2010301", "行政运行",
                [new("本年收入", 922.207m), new("上年结转", null), new("合计", 800.10m), new("其他", 0m)], "万元"),
        ],
        [
            new("乙局", 2023, "yi/2023/", "财决05表", "一般公共预算财政拨款支出决算表", "t05-2010301", "行政运行", [new("合计", 1.5m), new("基本支出", null)], "元"),
            new("乙局", 2022, "yi/2023/", "财决05表", "一般公共预算财政拨款支出决算表", "t05-2010301-2", "  行政运行（印刷）", [new("合计", 2.50m), new("基本支出", 3m)], "元"),
            new("丙局", 2024, "bing/2024/", "表", "表", "t-30201", "办公费", [new("", -1234567890123.4567m), new("合计", null), new("项目支出", 7m)], string.Empty),
        ],
    ];

    [Fact]
    public void Entries_read_back_as_written_scale_and_missing_amounts_included_from_many_threads_at_once()
    {
        using var store = ClassificationStore.Create();
        var ranges = new List<(long Offset, long Length)>();
        var offset = 0L;
        foreach (var range in Written)
        {
            var start = offset;
            ClassificationEntry? previous = null;
            foreach (var entry in range)
            {
                var record = store.Encode(entry, previous);
                store.Write(offset, record);
                offset += record.Length;
                previous = entry;
            }

            ranges.Add((start, offset - start));
        }

        var reads = new IReadOnlyList<ClassificationEntry>[64];
        Parallel.For(0, reads.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
            reads[n] = store.Read(ranges[n % 2].Offset, ranges[n % 2].Length, Written[n % 2].Length));

        Assert.All(reads.Select((read, n) => (read, n)), r => Assert.Equal(Written[r.n % 2].Select(Shown), r.read.Select(Shown)));
        Assert.Equal("800.10", reads[0][0].Amounts[2].Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<InvalidDataException>(() => store.Read(ranges[1].Offset, ranges[1].Length, 2));
        // What the second entry shares with the first is read once: the same strings, not copies.
        Assert.Same(reads[1][0].TableTitle, reads[1][1].TableTitle);
        Assert.Same(reads[1][0].Amounts[1].Column, reads[1][1].Amounts[1].Column);
    }

    [Fact]
    public void A_disposed_site_model_closes_its_temporary_file_and_its_classification_pages_no_longer_read()
    {
        using var site = new TempSite().WithReport("ceshi", 2023, SampleReports.WithTables);
        var config = site.Config();
        var model = SiteModelBuilder.Build(config, ContentLoader.Load(config.ContentDirectory, new DiagnosticBag()));
        var page = model.Pages.OfType<ClassificationPage>().Single(p => p.Code == "2010301");

        var before = OpenTemporaryFilesOfLiveModels();
        var entries = page.Entries;
        model.Dispose();

        Assert.Equal(["测试市机关事务局 2023 t02-2010301"], entries.Select(e => $"{e.DepartmentName} {e.Year} {e.RowAnchor}"));
        Assert.Throws<ObjectDisposedException>(() => page.Entries);
        Assert.Equal(before - 1, OpenTemporaryFiles());
    }

    [Fact]
    public void Builds_again_and_again_as_serve_does_leave_no_temporary_file_open_or_on_disk()
    {
        using var site = new TempSite()
            .WithReport("alpha", 2023, SampleReports.WithTables)
            .WithReport("beta", 2023, SampleReports.WithTables);
        var rebuilder = new SiteRebuilder(Path.Combine(site.Root, "site.yml"));
        var edited = Path.Combine(site.Content, "alpha", "2023.yml");
        var before = OpenTemporaryFilesOfLiveModels();

        string[] amounts = ["911.207", "912.207", "913.207"];
        var results = new List<RebuildResult> { rebuilder.Rebuild([]) };
        foreach (var amount in amounts)
        {
            File.WriteAllText(edited, SampleReports.WithTables.Replace("922.207", amount, StringComparison.Ordinal));
            results.Add(rebuilder.Rebuild([edited]));
        }

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
        // Each build reads back its own entries: the 科目's CSV has the amount just edited in, none of the others.
        Assert.Equal(["", .. amounts], results.Select(r => string.Join(",", amounts.Where(Csv(r).Contains))));
        Assert.Equal(before, OpenTemporaryFiles());
        Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), "portal-classification-*"));
    }

    private static string Csv(RebuildResult result) =>
        System.Text.Encoding.UTF8.GetString(result.Files!.Single(f => f.Path == "classification/function/2010301/data.csv").Content);

    private static string Shown(ClassificationEntry e) =>
        $"{e.DepartmentName}|{e.Year}|{e.ReportPath}|{e.TableCode}|{e.TableTitle}|{e.RowAnchor}|{e.Name}|{e.Unit}|"
        + string.Join(";", e.Amounts.Select(a => $"{a.Column}={a.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}"));

    /// <summary>What other tests' models, built and dropped undisposed, still hold is let go first, so it cannot close mid-test.</summary>
    private static int OpenTemporaryFilesOfLiveModels()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return OpenTemporaryFiles();
    }

    /// <summary>
    /// This process's open handles on classification temporary files (Linux: <c>/proc/self/fd</c>, where a removed
    /// file still shows its name). Elsewhere the file keeps its name until closed, so the folder is counted instead.
    /// </summary>
    private static int OpenTemporaryFiles() =>
        OperatingSystem.IsLinux()
            ? new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd => (fd.LinkTarget ?? string.Empty).Contains("portal-classification-", StringComparison.Ordinal))
            : Directory.EnumerateFiles(Path.GetTempPath(), "portal-classification-*").Count();
}
