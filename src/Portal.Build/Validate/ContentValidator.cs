using Portal.Build.Load;
using Portal.Build.Render;
using Portal.Core.Diagnostics;
using Portal.Core.Model;
using Portal.Core.Model.Templates;
using Portal.Core.Model.Narrative;
using Portal.Core.Model.Tables;

namespace Portal.Build.Validate;

/// <summary>
/// Validate stage: rules that need more than one field (files that must exist, values from closed lists,
/// anchors that must be unique). Arithmetic of the accounts is the checker's business, not this stage's.
/// </summary>
public static class ContentValidator
{
    /// <param name="strict"><c>--strict</c>: a placeholder left by portal new is an error, not a warning.</param>
    public static void Validate(ContentSet content, DiagnosticBag diagnostics, bool strict = false, MessageLanguage language = MessageLanguage.Chinese)
    {
        foreach (var entry in content.Departments)
        {
            PlaceholderRule.Check(entry, diagnostics, strict, language);
            foreach (var report in entry.Reports)
            {
                ValidateReport(entry.Department, report, diagnostics, language);
            }
        }
    }

    private static void ValidateReport(Department department, Report report, DiagnosticBag diagnostics, MessageLanguage language)
    {
        void Error(string path, string message) =>
            diagnostics.Error(BuildStage.Validate, report.SourceMap.Find(path), path, message);

        if (report.Source.File.Length > 0)
        {
            // The source document is published beside the report: only a file of the department's own, links
            // resolved (GetFullPath alone let a linked sources/ folder publish any file of the machine).
            var folder = Path.GetDirectoryName(department.FilePath)!;
            if (RealPaths.Inside(RealPaths.Listed(folder), report.Source.File, "the department folder", out var problem) is not { } full)
            {
                Error("source.file", language.Say(
                    $"来源文件要放在部门文件夹里（例如 sources/{report.Year}.txt），现在是 \"{report.Source.File}\"：{problem}",
                    $"expected a path inside the department folder, found \"{report.Source.File}\": {problem}"));
            }
            else if (!File.Exists(full))
            {
                Error("source.file", language.Say(
                    $"来源文件 '{report.Source.File}' 不存在：应放在 {Path.GetFileName(department.FilePath)} 所在的部门文件夹里",
                    $"the source document '{report.Source.File}' does not exist beside {Path.GetFileName(department.FilePath)}"));
            }
            else
            {
                // The source page publishes the document's text: refuse it here rather than publish U+FFFD.
                var before = diagnostics.Count;
                ContentText.Read(full, ContentLoader.Display(full), BuildStage.Validate, diagnostics);
                if (diagnostics.Count == before)
                {
                    ValidateSourceLines(report, full, Error);
                }
            }
        }

        if (report.Overview is null && report.Explanation is null && !report.Tables.Any && report.Performance is null && report.Glossary is null)
        {
            Error(string.Empty, language.Say(
                "这份报告还没有内容：overview、tables、explanation、glossary、performance 至少要有一项",
                "the report has no content: expected at least one of overview, tables, explanation, glossary, performance"));
        }

        ValidateDocument(report.Overview, "overview", Error, language);
        ValidateDocument(report.Explanation, "explanation", Error, language);
        if (report.Performance is { } performance)
        {
            ValidateDocument(performance.Overall?.Report, "performance.overall.report", Error, language);
            for (var i = 0; i < performance.Reports.Count; i++)
            {
                ValidateDocument(performance.Reports[i], $"performance.reports[{i}]", Error, language);
            }

            for (var i = 0; i < performance.Projects.Count; i++)
            {
                ValidateDocument(performance.Projects[i].Report, $"performance.projects[{i}].report", Error, language);
            }
        }
    }

    /// <summary>
    /// Every source_line must be a line of the source document: the site links each one to that line of the
    /// published text, and a number beyond it (source_line: 99999) was a link to an anchor that does not exist.
    /// </summary>
    private static void ValidateSourceLines(Report report, string sourceFile, Action<string, string> error)
    {
        // Counted as the source view shows them (SourcePage): lines end at '\n' (CRLF included), and a final line
        // break does not start another line. On the bytes: in UTF-8 no other character contains the byte '\n'.
        var bytes = File.ReadAllBytes(sourceFile);
        var count = bytes.Length == 0 ? 0 : bytes.AsSpan().Count((byte)'\n') + (bytes[^1] == '\n' ? 0 : 1);
        void Check(int? line, string path)
        {
            if (line is { } n && (n < 1 || n > count))
            {
                error($"{path}.source_line", count == 0
                    ? $"expected a line of the source document '{report.Source.File}', which is empty, found {n}"
                    : $"expected a line of the source document '{report.Source.File}', from 1 to {count}, found {n}");
            }
        }

        void Tables(IReadOnlyList<GenericTable> tables, string path)
        {
            for (var i = 0; i < tables.Count; i++)
            {
                Check(tables[i].SourceLine, $"{path}[{i}]");
            }
        }

        void Sections(IReadOnlyList<Section> sections, string path)
        {
            for (var i = 0; i < sections.Count; i++)
            {
                Check(sections[i].SourceLine, $"{path}[{i}]");
                Tables(sections[i].Tables, $"{path}[{i}].tables");
                Sections(sections[i].Sections, $"{path}[{i}].sections");
            }
        }

        void Document(Document? document, string path)
        {
            if (document is not null)
            {
                Check(document.SourceLine, path);
                Sections(document.Sections, $"{path}.sections");
            }
        }

        Document(report.Overview, "overview");
        Document(report.Explanation, "explanation");
        foreach (var table in report.Tables.All)
        {
            Check(table.Info.SourceLine, TablePaths.Table(table.Info.Form));
        }

        Check(report.Glossary?.SourceLine, "glossary");
        for (var i = 0; i < report.StatedFigures.PreviousYear.Count; i++)
        {
            Check(report.StatedFigures.PreviousYear[i].SourceLine, $"stated_figures.previous_year[{i}]");
        }

        Tables(report.OtherTables, "other_tables");
        if (report.Performance is { } performance)
        {
            Check(performance.Overall?.Evaluation?.SourceLine, "performance.overall.evaluation");
            Document(performance.Overall?.Report, "performance.overall.report");
            Tables(performance.Overall?.Tables ?? [], "performance.overall.tables");
            for (var i = 0; i < performance.Reports.Count; i++)
            {
                Document(performance.Reports[i], $"performance.reports[{i}]");
            }

            for (var i = 0; i < performance.Projects.Count; i++)
            {
                Check(performance.Projects[i].Evaluation?.SourceLine, $"performance.projects[{i}].evaluation");
                Document(performance.Projects[i].Report, $"performance.projects[{i}].report");
            }
        }
    }

    private static void ValidateDocument(Document? document, string path, Action<string, string> error, MessageLanguage language)
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
                        error($"{here}.kind", language.Say(
                            $"不认识的本节主题 \"{kind}\"：可用的有 {string.Join(", ", SectionKinds.Labels.Keys)}（都不合适时不写 kind）",
                            $"unknown section kind \"{kind}\"; expected one of: {string.Join(", ", SectionKinds.Labels.Keys)}"));
                    }
                    else if (!seen.Add(kind))
                    {
                        error($"{here}.kind", language.Say(
                            $"本节主题 \"{kind}\" 在这一部分用了两次：每个主题只对应一节",
                            $"section kind \"{kind}\" is used twice in this document; each kind names one section"));
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
