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
/// the result (<c>import</c>). The first run includes the JIT (a fresh <c>portal</c> process pays it too).
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
            Console.WriteLine($"PDF: {UglyToad.PdfPig.PdfDocument.Open(thirty).NumberOfPages} pages, {thirty.Length / 1024} KB");
            File.Copy(Path.GetFullPath(args[0]), Path.Combine(copy, "site.yml"));
            ServeEditTiming.CopyFolder(Path.Combine(site, "content"), Path.Combine(copy, "content"));
            ServeEditTiming.CopyFolder(Path.Combine(site, "themes"), Path.Combine(copy, "themes"));
            var config = Portal.Build.Load.SiteConfigLoader.Load(Path.Combine(copy, "site.yml"), new Portal.Core.Diagnostics.DiagnosticBag())!;

            Console.WriteLine("| run | read + assemble (ms) | whole import incl. check (ms) | tables | figures |");
            Console.WriteLine("|---|---|---|---|---|");
            var reads = new List<long>();
            var imports = new List<long>();
            for (var run = 1; run <= runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var report = ReportImporter.Read(pdf, TemplateCatalog.Shipped, "shanghai");
                var read = clock.ElapsedMilliseconds;
                clock.Restart();
                var result = ReportImporter.Import(config, pdf, "bench-import", 2024, "shanghai", force: true);
                var import = clock.ElapsedMilliseconds;
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine(result.Error);
                    return 1;
                }

                reads.Add(read);
                imports.Add(import);
                var figures = report.Tables.SelectMany(t => t.AmountCells()).Count(c => c.Value.Text is not null);
                Console.WriteLine($"| {run} | {read} | {import} | {report.Tables.Count} | {figures} |");
            }

            Console.WriteLine($"median: read {Median(reads)} ms, whole import {Median(imports)} ms; first run (JIT): read {reads[0]} ms, import {imports[0]} ms");
            return 0;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);
}
