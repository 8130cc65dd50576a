using Portal.Build.Check;
using Portal.Build.Classification;
using Portal.Build.Comparison;
using Portal.Build.OpenData;
using Portal.Build.Publishing;
using Portal.Build.Render;
using Portal.Build.Schema;
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
    public const string CustomCssPath = "assets/" + CustomCssFile;

    public static SiteModel Build(SiteConfig config, ContentSet content, IReadOnlyList<Finding>? findings = null)
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
        var pages = new List<PageModel>();
        var files = new List<StaticFile>();
        var summaries = content.Departments.Select(Summarize).ToArray();

        pages.Add(new HomePage { Site = site, Path = string.Empty, Title = config.Title, Departments = summaries });

        // Departments are independent: build their pages on every core, then add them in content order.
        var departments = content.Departments.Zip(summaries).ToArray();
        var built = new (List<PageModel> Pages, List<StaticFile> Files)[departments.Length];
        Parallel.For(0, departments.Length, d =>
        {
            var (entry, summary) = departments[d];
            var departmentPages = new List<PageModel>();
            var departmentFiles = new List<StaticFile>();
            departmentPages.Add(ComparisonPages.WithTrends(DepartmentPageBuilder.Build(site, entry, summary), entry));
            foreach (var report in entry.Reports)
            {
                try
                {
                    AddReport(report);
                }
                catch (Exception ex)
                {
                    throw new Pipeline.WorkFailedException($"report {Load.ContentLoader.Display(report.FilePath)}", ex);
                }
            }

            void AddReport(Report report)
            {
                var reportSummary = summary.Reports.Single(r => r.Year == report.Year);
                var reportPage = ComparisonPages.WithComparison(ReportPageBuilder.Build(site, entry.Department, report, summary, reportSummary, findings ?? []), entry);
                var sourceFile = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(entry.Department.FilePath)!, report.Source.File));

                // The official original beside the text (sources/2024.pdf by sources/2024.txt, as portal import keeps it) is published with it.
                if (OriginalExtensions.Select(e => Path.ChangeExtension(sourceFile, e)).FirstOrDefault(File.Exists) is { } original && original != sourceFile)
                {
                    reportPage = reportPage with { OriginalPath = $"{reportPage.Path}original{Path.GetExtension(original)}" };
                    departmentFiles.Add(new StaticFile(reportPage.OriginalPath, original));
                }

                departmentPages.Add(reportPage);
                departmentFiles.Add(new StaticFile(reportPage.SourceTextPath, sourceFile));
                departmentPages.Add(new SourcePage
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

            built[d] = (departmentPages, departmentFiles);
        });
        foreach (var (departmentPages, departmentFiles) in built)
        {
            pages.AddRange(departmentPages);
            files.AddRange(departmentFiles);
        }

        pages.Add(GlossaryPageBuilder.Build(site, content, summaries));
        var compare = ComparePagesBuilder.Build(site, content);
        pages.AddRange(compare.Pages);
        var classification = ClassificationPagesBuilder.Build(site, content);
        pages.AddRange(classification.Pages);
        pages.Add(ChecksPageBuilder.Build(site, pages.OfType<ReportPage>().ToArray()));
        // The comparison CSVs and the checks are members of the data archive, which writes each of its members too.
        GeneratedFile[] checks = [FindingJson.File(findings ?? [], config.RootDirectory), FindingCsv.File(pages.OfType<ReportPage>().ToArray(), site.Strings, config.RootDirectory)];
        var openData = OpenDataBuilder.Build(config, site, content, summaries, [.. compare.Files, .. checks]);
        pages.Add(openData.Page);
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
        return new SiteModel(pages, files, themeDirectory, defaultTheme)
        {
            Archive = openData.Archive,
            Owned = [classification.Store],
            // The content schemas are published too, so a $schema header can point at the live site.
            Generated =
            [
                .. classification.Files,
                .. ContentSchemas.Files.Select(f => new GeneratedFile($"{ContentSchemas.Folder}/{f}", ContentSchemas.Read(f, content.Templates.Count > 0 ? content.Templates : Load.Templates.TemplateCatalog.Shipped.All))),
                .. PublishingFiles.Build(site, pages, content, summaries, dates),
            ],
        };
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
                byPath[$"assets/{relative}"] = file;
            }
        }

        return byPath.Select(p => new StaticFile(p.Key, p.Value));
    }

}
