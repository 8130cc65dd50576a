using Portal.Build.Check;
using Portal.Build.Classification;
using Portal.Build.Comparison;
using Portal.Build.OpenData;
using Portal.Build.Publishing;
using Portal.Build.Render;
using Portal.Build.Schema;
using Portal.Build.Storage;
using Portal.Core.Configuration;
using Portal.Core.Model;
using Portal.Core.Model.Tables;

namespace Portal.Build.Modeling;

/// <summary>Model stage: turns loaded content into the pages and files of the site.</summary>
public static class SiteModelBuilder
{
    /// <summary>The formats of an official original portal import keeps beside a report's text.</summary>
    private static readonly string[] OriginalExtensions = [".pdf", ".docx", ".xlsx"];

    public const string GlossaryPath = "glossary/";

    /// <summary>The site's own stylesheet beside site.yml, loaded after the theme's (see <see cref="SiteInfo.HasCustomCss"/>).</summary>
    public const string CustomCssFile = "custom.css";

    /// <summary>Where <see cref="CustomCssFile"/> is published.</summary>
    public const string CustomCssPath = AssetsFolder + CustomCssFile;

    /// <summary>Where the theme's <c>assets/</c> (and the site's <see cref="CustomCssFile"/>) are published.</summary>
    public const string AssetsFolder = "assets/";

    /// <param name="placed">Findings placed by earlier builds of the same site (<c>portal serve</c>); null for a one-off build.</param>
    public static SiteModel Build(SiteConfig config, ContentSet content, IReadOnlyList<Finding>? findings = null, PlacedFindings? placed = null, int listingPageSize = Pagination.DefaultSize)
    {
        var themeDirectory = Path.Combine(config.ThemesDirectory, config.Theme);
        var defaultTheme = Scaffold.Bundled.DefaultTheme(config.ThemesDirectory);
        var customCss = Path.Combine(config.RootDirectory, CustomCssFile);
        var dates = ReportDates.Read(config.ContentDirectory);
        var reportDates = content.Departments.SelectMany(d => d.Reports).Select(dates.Of).ToArray();
        var site = new SiteInfo(config.Title, config.Description, config.Language, config.BaseUrl)
        {
            Strings = UiStrings.Load(themeDirectory, defaultTheme, config.Language),
            HasCustomCss = File.Exists(customCss),
            Identity = config.Identity,
            License = config.License,
            DataUpdated = reportDates.Length == 0 ? null : reportDates.Max(),
        };
        var pages = new PageSequence.Builder();
        var files = new List<StaticFile>();
        var summaries = content.Departments.Select(Summarize).ToArray();

        var reportCount = summaries.Sum(d => d.Reports.Count);
        pages.AddRange(Pagination.Split(string.Empty, summaries, listingPageSize, HomePage.MorePages).Select(part => new HomePage
        {
            Site = site,
            Path = part.Page.Path,
            // The first page is the site's home, named as the site; the others list its departments.
            Title = part.Page.Number == 1 ? config.Title : part.Page.Title(site.Strings.T("home.departments"), site.Strings),
            Breadcrumbs = part.Page.Number == 1 ? [] : [site.Home],
            Pagination = part.Page.WhenSplit,
            Departments = part.Items,
            DepartmentCount = summaries.Length,
            ReportCount = reportCount,
        }));

        // A department's pages are built when the renderer reaches them (PageSequence) and let go once written; what
        // the site-wide pages need of them is made here (each report's placed findings, its files) or left behind
        // by the department as it is built (each report's findings with their anchors resolved, for 数据核对).
        var findingsOf = (findings ?? []).ToLookup(f => (f.DepartmentSlug, f.Year));
        var placedFindings = new List<ReportFindings>();
        IReadOnlyList<(FindingView View, ParagraphPlace? Paragraph)> Place(Report report, string slug, Finding[] of) =>
            placed is null ? FindingViews.Place(report, slug, of) : placed.Place(report, slug, of);
        var resolvedFindings = new List<ReportFindings?[]>();
        // Each report's open data is made by its department as it builds its pages, and waits on disk for the data
        // archive, written after the department pages (BuildPipeline).
        var spill = new SpillFile("open-data");
        var reportData = new List<ReportData>();
        foreach (var (entry, summary) in content.Departments.Zip(summaries))
        {
            var reports = entry.Reports.Select(report =>
            {
                var sourceFile = SourceFile(entry, report);
                return new DepartmentReport(
                    report,
                    summary.Reports.Single(r => r.Year == report.Year),
                    Place(report, entry.Department.Slug, [.. findingsOf[(entry.Department.Slug, report.Year)]]),
                    sourceFile,
                    Original(sourceFile),
                    new ReportData(spill, entry.Department, report, summary.Reports.Single(r => r.Year == report.Year).Headline));
            }).ToArray();
            reportData.AddRange(reports.Select(r => r.Data));
            foreach (var report in reports)
            {
                placedFindings.Add(new ReportFindings(entry.Department, report.Summary, [.. report.Placed.Select(p => p.View)]));
                if (report.OriginalFile is { } original)
                {
                    files.Add(new StaticFile(report.OriginalPath!, original));
                }

                files.Add(new StaticFile(SourceTextPath(entry.Department.Slug, report.Report.Year), report.SourceFile));
            }

            var resolved = new ReportFindings?[reports.Length];
            resolvedFindings.Add(resolved);
            string[] addresses = [summary.Path, .. reports.SelectMany(r => new[] { r.Summary.Path, SourceViewPath(r.Summary.Path) })];
            pages.AddIndependent(addresses, () => DepartmentPages(site, entry, summary, reports, resolved));
        }

        placed?.Keep();
        pages.AddRange(GlossaryPageBuilder.Build(site, content, summaries, listingPageSize));
        var compare = ComparePagesBuilder.Build(site, content, listingPageSize);
        pages.Add(compare.Index);
        foreach (var metric in compare.Metrics)
        {
            pages.AddIndependent(metric.Addresses, metric.Build);
        }

        var classification = ClassificationPagesBuilder.Build(site, content, listingPageSize);
        pages.AddRange(classification.Pages);
        pages.AddAfterEarlier(
            ChecksPageBuilder.Paths(resolvedFindings.Sum(d => d.Length), listingPageSize),
            () => ChecksPageBuilder.Build(site, [.. resolvedFindings.SelectMany(d => d).Select(r => r ?? throw new InvalidOperationException("the 数据核对 page was built before the report pages"))], listingPageSize));
        // The comparison CSVs and the checks are members of the data archive, which writes each of its members too.
        GeneratedFile[] checks = [FindingJson.File(findings ?? [], config.RootDirectory), FindingCsv.File(placedFindings, site.Strings, config.RootDirectory)];
        var openData = OpenDataBuilder.Build(config, site, content, summaries, reportData, [.. compare.Files, .. checks], listingPageSize);
        // The data pages show the archive's size: they, and the pages after them, are rendered after it is written.
        pages.StartLater();
        pages.AddRange(openData.Pages);
        pages.Add(new SearchPage { Site = site, Path = SearchPage.SitePath, Title = site.Strings.T("search.title") });

        files.AddRange(ThemeAssets(themeDirectory, defaultTheme));
        if (site.HasCustomCss)
        {
            files.Add(new StaticFile(CustomCssPath, customCss));
        }

        if (config.Identity is { Logo: { } logo, LogoOutputPath: { } logoPath })
        {
            files.Add(new StaticFile(logoPath, logo));
        }

        pages.Add(new NotFoundPage { Site = site, Path = string.Empty, Title = site.Strings.T("not_found.title") });
        var sequence = pages.ToSequence();
        // Not read in a lambda: a lambda reading the content would hold it (and every report) for as long as any
        // lambda of this method lives, as the department parts do until they are rendered.
        var templates = content.Templates.Count > 0 ? content.Templates : Load.Templates.TemplateCatalog.Shipped.All;
        return new SiteModel(sequence, files, themeDirectory, defaultTheme)
        {
            Archive = openData.Archive,
            Owned = [classification.Store, spill],
            // The content schemas are published too, so a $schema header can point at the live site.
            Generated =
            [
                .. classification.Files,
                .. ContentSchemas.Files.Select(f => new GeneratedFile($"{ContentSchemas.Folder}/{f}", ContentSchemas.Read(f, templates))),
                .. PublishingFiles.Build(site, sequence.Addresses, content, summaries, dates),
            ],
        };
    }

    /// <summary>A department's page, then each report's page and source view: built when the renderer reaches them.</summary>
    private static IReadOnlyList<PageModel> DepartmentPages(SiteInfo site, DepartmentContent entry, DepartmentSummary summary, IReadOnlyList<DepartmentReport> reports, ReportFindings?[] resolved)
    {
        var pages = new List<PageModel> { ComparisonPages.WithTrends(DepartmentPageBuilder.Build(site, entry, summary), entry) };
        for (var i = 0; i < reports.Count; i++)
        {
            var (report, reportSummary, placed, sourceFile, _, data) = reports[i];
            try
            {
                var reportPage = ComparisonPages.WithComparison(ReportPageBuilder.Build(site, entry.Department, report, summary, reportSummary, placed), entry);
                if (reports[i].OriginalPath is { } originalPath)
                {
                    reportPage = reportPage with { OriginalPath = originalPath };
                }

                resolved[i] = new ReportFindings(entry.Department, reportSummary, reportPage.Findings);
                data.Make();
                pages.Add(reportPage);
                pages.Add(new SourcePage
                {
                    Site = site,
                    Path = reportPage.SourceViewPath,
                    Title = site.Strings.T("source.title", report.Source.Title),
                    Breadcrumbs = [.. reportPage.Breadcrumbs, new Crumb(site.Strings.T("common.year", report.Year), reportPage.Path)],
                    Report = reportSummary,
                    SourceFile = sourceFile,
                    RawFileName = Path.GetFileName(reportPage.SourceTextPath),
                    SourceTitle = report.Source.Title,
                    SourceFormat = report.Source.Format,
                });
            }
            catch (Exception ex)
            {
                throw new Pipeline.WorkFailedException($"report {Load.ContentLoader.Display(report.FilePath)}", ex);
            }
        }

        return pages;
    }

    private static string SourceFile(DepartmentContent entry, Report report) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(entry.Department.FilePath)!, report.Source.File));

    /// <summary>The official original beside the text (sources/2024.pdf by sources/2024.txt, as portal import keeps it), published with it.</summary>
    private static string? Original(string sourceFile) =>
        OriginalExtensions.Select(e => Path.ChangeExtension(sourceFile, e)).FirstOrDefault(File.Exists) is { } original && original != sourceFile ? original : null;

    /// <summary>A report's line-numbered source view, beside its page.</summary>
    public static string SourceViewPath(string reportPath) => $"{reportPath}source/";

    /// <summary>What a department's pages need of one of its reports, made before the pages are (the file system looked at once).</summary>
    /// <param name="OriginalFile">the official original beside the source text, if there is one.</param>
    /// <param name="Data">the report's open data, made with its pages.</param>
    private sealed record DepartmentReport(Report Report, ReportSummary Summary, IReadOnlyList<(FindingView View, ParagraphPlace? Paragraph)> Placed, string SourceFile, string? OriginalFile, ReportData Data)
    {
        /// <summary>Where <see cref="OriginalFile"/> is published, beside the report page.</summary>
        public string? OriginalPath => OriginalFile is null ? null : $"{Summary.Path}original{Path.GetExtension(OriginalFile)}";
    }

    public static string DepartmentPath(string slug) => $"{slug}/";

    public static string ReportPath(string slug, int year) => $"{slug}/{year}/";

    /// <summary>The published document's text, as transcribed, beside its report page.</summary>
    public static string SourceTextPath(string slug, int year) => ReportPath(slug, year) + "source.txt";

    private static DepartmentSummary Summarize(DepartmentContent entry)
    {
        var reports = entry.Reports
            .OrderByDescending(r => r.Year)
            .Select(r => new ReportSummary(
                entry.Department.Slug,
                entry.Department.Name,
                r.Year,
                r.Title,
                ReportPath(entry.Department.Slug, r.Year),
                r.Kinds,
                HeadlineCalculator.For(r)))
            .ToArray();
        return new DepartmentSummary(entry.Department, DepartmentPath(entry.Department.Slug), reports);
    }

    /// <summary>Theme assets: the site theme's files win over the default theme's of the same name.</summary>
    private static IEnumerable<StaticFile> ThemeAssets(string themeDirectory, string defaultTheme)
    {
        var byPath = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { defaultTheme, themeDirectory }.Distinct())
        {
            var assets = Path.Combine(root, "assets");
            if (!Directory.Exists(assets))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(assets, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
                byPath[AssetsFolder + relative] = file;
            }
        }

        return byPath.Select(p => new StaticFile(p.Key, p.Value));
    }

}
