using System.Diagnostics;
using System.Globalization;
using Portal.Build.Import;
using Portal.Build.Load.Templates;
using UglyToad.PdfPig.Writer;

namespace Portal.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Portal.Benchmarks -- import-pdf SITE.yml REPORT.pdf [runs]</c>: the
/// <c>portal import</c> of a 30-page PDF, timed. The PDF is the report given (the Putuo report, 24 pages) with its
/// first six pages appended again, so 30 pages of the same print. Each run reads the PDF and assembles the report
/// (<c>read</c>), then does the whole import into a copy of the site: writing the files and the checker's run on
/// the result (<c>import</c>). The first run includes the JIT (a fresh <c>portal</c> process pays it too). Each run
/// does the same for the same 30 pages with their ruled lines left unpainted, so every table is rebuilt from its
/// headings instead (ruled and unruled alternate, A B A B, on the same loaded machine).
/// </summary>
internal static class ImportTiming
{
    public static int Run(string[] args)
    {
        var site = Path.GetDirectoryName(Path.GetFullPath(args[0]))!;
        var original = File.ReadAllBytes(args[1]);
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var copy = Directory.CreateTempSubdirectory("portal-import-bench-").FullName;
        try
        {
            var pages = UglyToad.PdfPig.PdfDocument.Open(original).NumberOfPages;
            var thirty = PdfMerger.Merge([original, original], [Enumerable.Range(1, pages).ToArray(), Enumerable.Range(1, 30 - pages).ToArray()]);
            var pdf = Path.Combine(copy, "report-30-pages.pdf");
            File.WriteAllBytes(pdf, thirty);
            var unruled = Path.Combine(copy, "report-30-pages-unruled.pdf");
            File.WriteAllBytes(unruled, Portal.Build.Tests.Import.UnruledPdf.From(thirty));
            Console.WriteLine($"PDF: {UglyToad.PdfPig.PdfDocument.Open(thirty).NumberOfPages} pages, {thirty.Length / 1024} KB");
            File.Copy(Path.GetFullPath(args[0]), Path.Combine(copy, "site.yml"));
            ServeEditTiming.CopyFolder(Path.Combine(site, "content"), Path.Combine(copy, "content"));
            ServeEditTiming.CopyFolder(Path.Combine(site, "themes"), Path.Combine(copy, "themes"));
            var config = Portal.Build.Load.SiteConfigLoader.Load(Path.Combine(copy, "site.yml"), new Portal.Core.Diagnostics.DiagnosticBag())!;

            Console.WriteLine("| run | ruled: read + assemble (ms) | ruled: whole import (ms) | unruled: read + assemble (ms) | unruled: whole import (ms) | tables | figures (ruled / unruled) |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            var times = new List<long>[4];
            for (var i = 0; i < times.Length; i++)
            {
                times[i] = [];
            }

            for (var run = 1; run <= runs; run++)
            {
                var row = new List<string>();
                var figures = new List<int>();
                var tables = 0;
                for (var variant = 0; variant < 2; variant++)
                {
                    var file = variant == 0 ? pdf : unruled;
                    var clock = Stopwatch.StartNew();
                    var report = ReportImporter.Read(file, TemplateCatalog.Shipped, "shanghai");
                    var read = clock.ElapsedMilliseconds;
                    clock.Restart();
                    var result = ReportImporter.Import(config, file, "bench-import", 2024, "shanghai", force: true);
                    var import = clock.ElapsedMilliseconds;
                    if (!result.Succeeded)
                    {
                        Console.Error.WriteLine(result.Error);
                        return 1;
                    }

                    times[variant * 2].Add(read);
                    times[variant * 2 + 1].Add(import);
                    row.Add($"{read} | {import}");
                    tables = Math.Max(tables, report.Tables.Count);
                    figures.Add(report.Tables.SelectMany(t => t.AmountCells()).Count(c => c.Value.Text is not null));
                }

                Console.WriteLine($"| {run} | {string.Join(" | ", row)} | {tables} | {figures[0]} / {figures[1]} |");
            }

            Console.WriteLine($"median: ruled read {Median(times[0])} ms, whole import {Median(times[1])} ms; unruled read {Median(times[2])} ms, whole import {Median(times[3])} ms");
            return 0;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);
}
