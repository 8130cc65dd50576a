using Portal.Build.Scaffold;
using Portal.Core.Diagnostics;
using Portal.Core.Model;
using Portal.Core.Model.Narrative;
using Portal.Core.Model.Performance;

namespace Portal.Build.Validate;

/// <summary>
/// Nothing unfinished is published by accident: a text <c>portal new</c> left to be replaced ("待填写省份",
/// "按原文填写") is a warning naming the field, and an error under <c>--strict</c>. A draft report is not checked:
/// it is not published, and a draft is where unfinished text belongs.
/// </summary>
internal static class PlaceholderRule
{
    public static void Check(DepartmentContent entry, DiagnosticBag diagnostics, bool strict, MessageLanguage language)
    {
        var severity = strict ? Severity.Error : Severity.Warning;
        string Message(string placeholder) => language.Say(
            $"这里还是 portal new 留下的占位文字“{placeholder}”：请按公开文件填写" + (strict ? string.Empty : "（portal build --strict 时这是错误，不会发布）"),
            $"this is still the placeholder \"{placeholder}\" that portal new wrote: replace it with the published text" + (strict ? string.Empty : " (an error under portal build --strict)"));

        var department = entry.Department;
        foreach (var (path, text) in (ReadOnlySpan<(string, string?)>)[("name", department.Name), ("province", department.Province)])
        {
            if (Placeholders.In(text) is { } placeholder)
            {
                diagnostics.Add(new Diagnostic(BuildStage.Validate, severity, KeyLocation(department.FilePath, path), path, Message(placeholder)));
            }
        }

        foreach (var report in entry.Reports.Where(r => !r.Draft))
        {
            foreach (var (path, text) in Texts(report))
            {
                if (Placeholders.In(text) is { } placeholder)
                {
                    diagnostics.Add(new Diagnostic(BuildStage.Validate, severity, report.SourceMap.Find(path), path, Message(placeholder)));
                }
            }

            var source = Path.Combine(Path.GetDirectoryName(report.FilePath)!, report.Source.File);
            if (report.Source.File.Length > 0 && File.Exists(source) && File.ReadAllText(source).StartsWith(Placeholders.SourceText, StringComparison.Ordinal))
            {
                diagnostics.Add(new Diagnostic(BuildStage.Validate, severity, report.SourceMap.Find("source.file"), "source.file", language.Say(
                    $"来源文件 {report.Source.File} 里还是 portal new 留下的说明：请把公开文件的全文粘贴进去",
                    $"the source file {report.Source.File} still holds the note portal new wrote: paste the published document's text into it")));
            }
        }
    }

    /// <summary>Every text of a report that the scaffold fills with a placeholder, with its field path.</summary>
    private static IEnumerable<(string Path, string? Text)> Texts(Report report)
    {
        yield return ("title", report.Title);
        yield return ("source.title", report.Source.Title);
        yield return ("source.published_by", report.Source.PublishedBy);
        foreach (var item in Document(report.Overview, "overview").Concat(Document(report.Explanation, "explanation")))
        {
            yield return item;
        }

        var terms = report.Glossary?.Terms ?? [];
        for (var i = 0; i < terms.Count; i++)
        {
            yield return ($"glossary.terms[{i}].definition", terms[i].Definition);
        }

        if (report.Performance is not { } performance)
        {
            yield break;
        }

        var documents = new List<(Document? Document, string Path)> { (performance.Overall?.Report, "performance.overall.report") };
        documents.AddRange(performance.Reports.Select((d, i) => ((Document?)d, $"performance.reports[{i}]")));
        documents.AddRange(performance.Projects.Select((p, i) => (p.Report, $"performance.projects[{i}].report")));
        foreach (var item in documents.SelectMany(d => Document(d.Document, d.Path)))
        {
            yield return item;
        }

        var evaluations = new List<(Evaluation? Evaluation, string Path)> { (performance.Overall?.Evaluation, "performance.overall.evaluation") };
        evaluations.AddRange(performance.Projects.Select((p, i) => (p.Evaluation, $"performance.projects[{i}].evaluation")));
        foreach (var (evaluation, path) in evaluations)
        {
            yield return ($"{path}.goals.expected", evaluation?.Goals?.Expected);
            yield return ($"{path}.goals.actual", evaluation?.Goals?.Actual);
        }
    }

    private static IEnumerable<(string Path, string? Text)> Document(Document? document, string path)
    {
        IEnumerable<(string, string?)> Walk(IReadOnlyList<Section> sections, string prefix)
        {
            for (var i = 0; i < sections.Count; i++)
            {
                yield return ($"{prefix}[{i}].heading", sections[i].Heading);
                yield return ($"{prefix}[{i}].body", sections[i].Body);
                foreach (var inner in Walk(sections[i].Sections, $"{prefix}[{i}].sections"))
                {
                    yield return inner;
                }
            }
        }

        return document is null ? [] : Walk(document.Sections, $"{path}.sections");
    }

    /// <summary>
    /// Where <c>key:</c> starts in a department file. Departments keep no field map (they have seven fields); the
    /// file is small and read only when a placeholder was found.
    /// </summary>
    private static SourceLocation KeyLocation(string file, string key)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                var value = lines[i].IndexOf(':') + 1;
                while (value < lines[i].Length && lines[i][value] == ' ')
                {
                    value++;
                }

                return new SourceLocation(Load.ContentLoader.Display(file), i + 1, value + 1);
            }
        }

        return new SourceLocation(Load.ContentLoader.Display(file), 1, 1);
    }
}
