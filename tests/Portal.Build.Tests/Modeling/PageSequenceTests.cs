using System.Runtime.CompilerServices;
using Portal.Build.Load;
using Portal.Build.Modeling;
using Portal.Build.OpenData;
using Portal.Build.Tests.Support;
using Portal.Core.Diagnostics;

namespace Portal.Build.Tests.Modeling;

public sealed class PageSequenceTests
{
    private static readonly SiteInfo Site = new("测试", null, "zh-CN", "/");

    [Fact]
    public void A_departments_pages_are_built_only_when_the_reader_reaches_them()
    {
        var built = 0;
        var pages = new PageSequence.Builder();
        pages.Add(Page("home/"));
        for (var d = 0; d < 40; d++)
        {
            var path = $"d{d}/";
            pages.AddIndependent([path], () =>
            {
                Interlocked.Increment(ref built);
                return [Page(path)];
            });
        }

        var sequence = pages.ToSequence();
        Assert.Equal(0, built);

        using var reader = sequence.GetEnumerator();
        Assert.True(reader.MoveNext() && reader.MoveNext());
        Assert.Equal("d0/", reader.Current.Path);
        // Built ahead of the reader: a window or two of departments, never the site.
        Assert.InRange(built, 1, 8);
    }

    [Fact]
    public void A_department_already_read_is_not_held_by_the_sequence()
    {
        var first = new WeakReference<PageModel>[10];
        var pages = new PageSequence.Builder();
        for (var d = 0; d < 40; d++)
        {
            var (path, index) = ($"d{d}/", d);
            pages.AddIndependent([path], () =>
            {
                var page = Page(path);
                if (index < first.Length)
                {
                    first[index] = new WeakReference<PageModel>(page);
                }

                return [page];
            });
        }

        using var reader = pages.ToSequence().GetEnumerator();
        var read = ReadUntil(reader, "d30/");

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(31, read);
        Assert.All(first, reference => Assert.False(reference.TryGetTarget(out _), "a page read long ago is still alive"));
    }

    [Fact]
    public void A_part_after_the_departments_is_built_once_every_department_is()
    {
        var built = 0;
        var seenByLast = -1;
        var pages = new PageSequence.Builder();
        for (var d = 0; d < 25; d++)
        {
            var (path, delay) = ($"d{d}/", d % 3);
            pages.AddIndependent([path], () =>
            {
                Thread.Sleep(delay);
                Interlocked.Increment(ref built);
                return [Page(path)];
            });
        }

        pages.AddAfterEarlier(["checks/", "checks/2/"], () =>
        {
            seenByLast = Volatile.Read(ref built);
            return [Page("checks/"), Page("checks/2/")];
        });

        var paths = pages.ToSequence().Select(p => p.Path).ToArray();

        Assert.Equal(25, seenByLast);
        Assert.Equal([.. Enumerable.Range(0, 25).Select(d => $"d{d}/"), "checks/", "checks/2/"], paths);
    }

    [Fact]
    public void A_part_that_builds_other_pages_than_it_announced_fails_the_reading()
    {
        var pages = new PageSequence.Builder();
        pages.AddIndependent(["a/", "a/2023/"], () => [Page("a/")]);

        // Departments are built on several threads; the error arrives as itself, on the reading thread.
        var error = Assert.Throws<InvalidOperationException>(() => pages.ToSequence().ToArray());

        Assert.Contains("announced the pages a/, a/2023/ but built a/", error.Message);
    }

    [Fact]
    public void A_part_built_after_the_others_that_builds_other_pages_than_it_announced_fails_the_reading()
    {
        var pages = new PageSequence.Builder();
        pages.AddAfterEarlier(["checks/", "checks/2/"], () => [Page("checks/")]);

        var error = Assert.Throws<InvalidOperationException>(() => pages.ToSequence().ToArray());

        Assert.Contains("announced the pages checks/, checks/2/ but built checks/", error.Message);
    }

    [Fact]
    public void The_sample_sites_addresses_are_its_pages_paths_but_the_404s_and_its_count_is_its_pages()
    {
        var config = SampleConfig();
        var model = SiteModelBuilder.Build(config, ContentLoader.Load(config.ContentDirectory, new DiagnosticBag()));

        var built = model.Pages.ToArray();

        Assert.Equal(built.Length, model.Pages.Count);
        Assert.Equal(built.Where(p => p is not NotFoundPage).Select(p => p.Path), model.Pages.Addresses);
    }

    [Fact]
    public void A_sequence_is_read_once_and_a_second_reading_says_so()
    {
        var pages = new PageSequence.Builder();
        pages.Add(Page("home/"));
        pages.AddIndependent(["d0/"], () => [Page("d0/")]);
        var sequence = pages.ToSequence();

        Assert.Equal(["home/", "d0/"], sequence.Select(p => p.Path));
        var error = Assert.Throws<InvalidOperationException>(() => sequence.ToArray());
        Assert.Equal("the pages d0/ were read before: a site's pages are built as they are read, once", error.Message);
    }

    [Fact]
    public void Once_the_pages_before_the_data_archive_are_built_the_model_holds_no_report()
    {
        var (model, reports) = SampleModel();
        using (model)
        {
            foreach (var _ in model.Pages.Earlier)
            {
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            Assert.True(reports.Length >= 5, $"{reports.Length} reports");
            // The archive is not written yet: its report members were made by their departments and wait on disk.
            Assert.NotEmpty(model.Archive!.Members);
            Assert.All(reports, report => Assert.False(report.TryGetTarget(out _), "a report is still held by the model"));
        }
    }

    [Fact]
    public void The_data_archive_written_after_the_department_pages_is_the_archive_made_without_them()
    {
        byte[] Archive(bool pagesFirst)
        {
            var (model, _) = SampleModel();
            using (model)
            {
                if (pagesFirst)
                {
                    Assert.Contains(model.Pages.Earlier, page => page is ReportPage);
                }

                using var zip = new MemoryStream();
                var members = DataArchive.Write(model.Archive!, zip, parallelism: 2, _ => new MemoryStream()).Select(f => f.Path).ToArray();
                Assert.Contains(members, path => path.EndsWith("/data/report.json", StringComparison.Ordinal));
                return zip.ToArray();
            }
        }

        Assert.Equal(Archive(pagesFirst: false), Archive(pagesFirst: true));
    }

    [Fact]
    public void The_earlier_pages_then_the_later_ones_are_the_whole_sequence_in_order()
    {
        var pages = new PageSequence.Builder();
        pages.Add(Page("home/"));
        pages.AddIndependent(["d0/"], () => [Page("d0/")]);
        pages.StartLater();
        pages.Add(Page("data/"));
        pages.Add(Page("search/"));
        var sequence = pages.ToSequence();

        Assert.Equal(["home/", "d0/"], sequence.Earlier.Select(p => p.Path));
        Assert.Equal(["data/", "search/"], sequence.Later.Select(p => p.Path));
        Assert.Equal(["home/", "d0/", "data/", "search/"], sequence.Addresses);
    }

    /// <summary>The sample site's model, checked, and a weak reference to each of its reports: nothing else holds them.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (SiteModel Model, WeakReference<Portal.Core.Model.Report>[] Reports) SampleModel()
    {
        var config = SampleConfig();
        var content = ContentLoader.Load(config.ContentDirectory, new DiagnosticBag());
        var findings = Portal.Build.Check.AccountsChecker.Check(content);
        var reports = content.Departments.SelectMany(d => d.Reports).Select(r => new WeakReference<Portal.Core.Model.Report>(r)).ToArray();
        return (SiteModelBuilder.Build(config, content, findings), reports);
    }

    [Fact]
    public void The_checks_page_lists_the_findings_of_the_report_pages_with_the_same_anchors()
    {
        var config = SampleConfig();
        var content = ContentLoader.Load(config.ContentDirectory, new DiagnosticBag());
        var findings = Portal.Build.Check.AccountsChecker.Check(content);
        var built = SiteModelBuilder.Build(config, content, findings).Pages.ToArray();

        var checks = built.OfType<ChecksPage>().Single();
        var reports = built.OfType<ReportPage>().OrderBy(r => r.Department.Slug, StringComparer.Ordinal).ThenByDescending(r => r.Report.Year).ToArray();

        Assert.True(checks.Total > 0, "the sample site has findings");
        Assert.Equal(reports.Select(r => r.Path), checks.Reports.Select(r => r.Path));
        Assert.Equal(reports.SelectMany(r => r.Findings).Select(v => (v.Id, v.Anchor)), checks.Reports.SelectMany(r => r.Findings).Select(v => (v.Id, v.Anchor)));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReadUntil(IEnumerator<PageModel> reader, string path)
    {
        var read = 0;
        while (reader.MoveNext())
        {
            read++;
            if (reader.Current.Path == path)
            {
                break;
            }
        }

        return read;
    }

    private static Portal.Core.Configuration.SiteConfig SampleConfig() =>
        SiteConfigLoader.Load(RepositoryPaths.SiteFile, new DiagnosticBag(), Path.Combine(Path.GetTempPath(), "portal-unwritten")) ?? throw new InvalidOperationException("site.yml");

    private static PageModel Page(string path) => new SearchPage { Site = Site, Path = path, Title = path };
}
