using Portal.Build.Load;
using Portal.Build.Render;
using Portal.Core.Diagnostics;
using Portal.Core.Model;
using Portal.Core.Model.Narrative;

namespace Portal.Build.Validate;

/// <summary>
/// Validate stage: rules that need more than one field (files that must exist, values from closed lists,
/// anchors that must be unique). Arithmetic of the accounts is the checker's business, not this stage's.
/// </summary>
public static class ContentValidator
{
    public static readonly IReadOnlySet<string> Templates = new HashSet<string> { "hunan", "sichuan" };

    public static void Validate(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var entry in content.Departments)
        {
            foreach (var report in entry.Reports)
            {
                ValidateReport(entry.Department, report, diagnostics);
            }
        }
    }

    private static void ValidateReport(Department department, Report report, DiagnosticBag diagnostics)
    {
        void Error(string path, string message) =>
            diagnostics.Error(BuildStage.Validate, report.SourceMap.Find(path), path, message);

        if (report.Template is { } template && !Templates.Contains(template))
        {
            Error("template", $"expected one of {string.Join(", ", Templates)}, found \"{template}\"");
        }

        if (report.Source.File.Length > 0)
        {
            var folder = Path.GetDirectoryName(department.FilePath)!;
            var full = Path.GetFullPath(Path.Combine(folder, report.Source.File));
            if (!full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                Error("source.file", $"expected a path inside the department folder, found \"{report.Source.File}\"");
            }
            else if (!File.Exists(full))
            {
                Error("source.file", $"the source document '{report.Source.File}' does not exist beside {Path.GetFileName(department.FilePath)}");
            }
            else
            {
                // The source page publishes the document's text: refuse it here rather than publish U+FFFD.
                ContentText.Read(full, ContentLoader.Display(full), BuildStage.Validate, diagnostics);
            }
        }

        if (report.Overview is null && report.Explanation is null && !report.Tables.Any && report.Performance is null && report.Glossary is null)
        {
            Error(string.Empty, "the report has no content: expected at least one of overview, tables, explanation, glossary, performance");
        }

        ValidateDocument(report.Overview, "overview", Error);
        ValidateDocument(report.Explanation, "explanation", Error);
        if (report.Performance is { } performance)
        {
            ValidateDocument(performance.Overall?.Report, "performance.overall.report", Error);
            for (var i = 0; i < performance.Reports.Count; i++)
            {
                ValidateDocument(performance.Reports[i], $"performance.reports[{i}]", Error);
            }

            for (var i = 0; i < performance.Projects.Count; i++)
            {
                ValidateDocument(performance.Projects[i].Report, $"performance.projects[{i}].report", Error);
            }
        }
    }

    private static void ValidateDocument(Document? document, string path, Action<string, string> error)
    {
        if (document is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Walk(IReadOnlyList<Section> sections, string prefix)
        {
            for (var i = 0; i < sections.Count; i++)
            {
                var section = sections[i];
                var here = $"{prefix}[{i}]";
                if (section.Kind is { } kind)
                {
                    if (!SectionKinds.Labels.ContainsKey(kind))
                    {
                        error($"{here}.kind", $"unknown section kind \"{kind}\"; expected one of: {string.Join(", ", SectionKinds.Labels.Keys)}");
                    }
                    else if (!seen.Add(kind))
                    {
                        error($"{here}.kind", $"section kind \"{kind}\" is used twice in this document; each kind names one section");
                    }
                }

                if (section.Body is { } body && !MarkdownRenderer.CanRender(body))
                {
                    error($"{here}.body", "the Markdown is nested too deeply to render (quotes, lists, links or emphasis inside one another, more than a hundred levels): is a bracket or a > repeated by mistake?");
                }

                Walk(section.Sections, $"{here}.sections");
            }
        }

        Walk(document.Sections, $"{path}.sections");
    }
}
