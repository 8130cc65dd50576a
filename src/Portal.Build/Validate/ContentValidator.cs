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

        if (report.Template is { } template && !Templates.Contains(template))
        {
            Error("template", language.Say(
                $"表格格式应是 {string.Join(" 或 ", Templates)} 之一，现在是 \"{template}\"",
                $"expected one of {string.Join(", ", Templates)}, found \"{template}\""));
        }

        if (report.Source.File.Length > 0)
        {
            var folder = Path.GetDirectoryName(department.FilePath)!;
            var full = Path.GetFullPath(Path.Combine(folder, report.Source.File));
            if (!full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                Error("source.file", language.Say(
                    $"来源文件要放在部门文件夹里（例如 sources/{report.Year}.txt），现在是 \"{report.Source.File}\"",
                    $"expected a path inside the department folder, found \"{report.Source.File}\""));
            }
            else if (!File.Exists(full))
            {
                Error("source.file", language.Say(
                    $"来源文件 '{report.Source.File}' 不存在：应放在 {Path.GetFileName(department.FilePath)} 所在的部门文件夹里",
                    $"the source document '{report.Source.File}' does not exist beside {Path.GetFileName(department.FilePath)}"));
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

                Walk(section.Sections, $"{here}.sections");
            }
        }

        Walk(document.Sections, $"{path}.sections");
    }
}
