using Portal.Build.Load.Yaml;
using Portal.Core.Diagnostics;
using Portal.Core.Model;
using Portal.Core.Model.Tables;
using Portal.Core.Model.Templates;
using Portal.Build.Load.Templates;

namespace Portal.Build.Load.Readers;

/// <summary>Reads one <c>&lt;year&gt;.yml</c> into a <see cref="Report"/>.</summary>
internal static class ReportReader
{
    public static Report Read(MappingReader root, string slug, int year, string filePath, SourceMap map, TemplateCatalog templates)
    {
        var documents = new DocumentReader(Path.GetDirectoryName(filePath)!);
        var template = ReadTemplate(root, templates);
        var report = new Report
        {
            DepartmentSlug = slug,
            Year = year,
            Title = root.RequiredText("title", "the report's title, e.g. 怀化市机关事务管理局2023年度部门决算"),
            Kinds = ReadKinds(root),
            Template = root.OptionalText("template"),
            Unit = root.OptionalText("unit") ?? "万元",
            Source = ReadSource(root),
            TranscriptionNotes = root.TextList("transcription_notes"),
            StatedFigures = ReadStatedFigures(root),
            Overview = ReadDocument(root, "overview", documents),
            Tables = ReadTables(root, template),
            AppendixTitles = root.TextList("appendix_titles"),
            Explanation = ReadDocument(root, "explanation", documents),
            Glossary = root.OptionalMapping("glossary") is { } glossary ? glossary.Complete(ReadGlossary(glossary)) : null,
            Performance = root.OptionalMapping("performance") is { } performance
                ? performance.Complete(new PerformanceReader(documents).Read(performance))
                : null,
            OtherTables = root.MappingList("other_tables", GenericTableReader.Read),
            Draft = root.OptionalBoolean("draft") ?? false,
            FilePath = filePath,
            SourceMap = map,
        };
        root.RejectUnknownKeys();
        return report;
    }

    /// <summary>The template the report names (<c>template:</c>), else the default one; null when the name is unknown.</summary>
    private static TableTemplate? ReadTemplate(MappingReader root, TemplateCatalog templates)
    {
        var name = root.OptionalText("template");
        if (templates.Find(name ?? TemplateCatalog.DefaultName) is { } template)
        {
            return template;
        }

        if (name is not null && templates.IsBroken(name))
        {
            return null;
        }

        root.Context.Error(root.Value("template")!, "template",
            $"unknown template \"{name}\": expected one of {string.Join(", ", templates.Names)}, or a template of the site's own in {TemplateCatalog.SiteFolder}/{name}.yml beside the department folders");
        return null;
    }

    private static ReportTables ReadTables(MappingReader root, TableTemplate? template)
    {
        if (root.Value("tables") is null || template is null)
        {
            // An unknown template is reported once, at template:, not once per table it would have had.
            return new ReportTables(template, []);
        }

        return root.OptionalMapping("tables") is { } tables ? tables.Complete(TemplateTableReader.Read(tables, template)) : new ReportTables(template, []);
    }

    private static Core.Model.Narrative.Document? ReadDocument(MappingReader root, string key, DocumentReader documents) =>
        root.OptionalMapping(key) is { } map ? map.Complete(documents.Read(map)) : null;

    private static IReadOnlyList<string> ReadKinds(MappingReader root)
    {
        if (!root.Has("kinds"))
        {
            root.MissingError("kinds", "a list of what the document is: [决算], [绩效自评] or [决算, 绩效自评]");
            return [];
        }

        var kinds = root.TextList("kinds");
        foreach (var (kind, i) in kinds.Select((k, i) => (k, i)))
        {
            if (kind is not ("决算" or "绩效自评"))
            {
                root.Context.Diagnostics.Error(
                    BuildStage.Load,
                    root.Context.Map.Find($"kinds[{i}]"),
                    $"kinds[{i}]",
                    kind.Contains('，', StringComparison.Ordinal)
                        ? Yaml.Plain.YamlSyntaxExplainer.FullWidthCommaMessage(root.Context.Language)
                        : root.Context.Language.Say($"应填 决算 或 绩效自评，现在是 \"{kind}\"", $"expected 决算 or 绩效自评, found \"{kind}\""));
            }
        }

        return kinds;
    }

    private static ReportSource ReadSource(MappingReader root)
    {
        var map = root.OptionalMapping("source");
        if (map is null)
        {
            root.MissingError("source", "the published source document: {title, file}");
            return new ReportSource { Title = string.Empty, File = string.Empty };
        }

        var source = new ReportSource
        {
            Title = map.RequiredText("title", "the source document's title"),
            File = map.RequiredText("file", "the source file's path relative to the department folder, e.g. sources/2023.txt"),
            Format = map.OptionalText("format"),
            PublishedBy = map.OptionalText("published_by"),
        };
        map.RejectUnknownKeys();
        return source;
    }

    private static StatedFigures ReadStatedFigures(MappingReader root)
    {
        var map = root.OptionalMapping("stated_figures");
        if (map is null)
        {
            return StatedFigures.Empty;
        }

        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var key in StatedFigureKey.All)
        {
            if (map.OptionalDecimal(key.Key, $"{key.Label} in {key.Unit}") is { } value)
            {
                values[key.Key] = value;
            }
        }

        var previousYear = map.MappingList("previous_year", ReadStatedChange);
        map.RejectUnknownKeys();
        return new StatedFigures(values) { PreviousYear = previousYear };
    }

    private static StatedChange? ReadStatedChange(MappingReader map)
    {
        var keyNode = map.Value("key");
        var key = map.RequiredText("key", "the stated_figures key the text compares with the previous year, e.g. grand_total");
        if (key.Length > 0 && StatedFigureKey.Find(key) is null && keyNode is not null)
        {
            map.Context.Error(keyNode, map.Child("key"), $"unknown figure \"{key}\"; expected one of: {string.Join(", ", StatedFigureKey.All.Select(k => k.Key))}");
        }

        var change = new StatedChange(
            key,
            map.OptionalDecimal("previous", "the previous year's figure as printed"),
            map.OptionalDecimal("change", "the change as printed, negative where the text says 减少/下降"),
            map.OptionalDecimal("change_percent", "the change in % as printed (18.10 for 18.10%), negative for 减少/下降"),
            map.OptionalInteger("source_line", "the line of the source document where the text says it"));
        if (!map.Has("previous") && !map.Has("change") && !map.Has("change_percent"))
        {
            map.Context.Error(map.Node, map.Path, "expected at least one of previous, change, change_percent");
        }

        return change;
    }

    private static Core.Model.Narrative.Glossary ReadGlossary(MappingReader map) => new()
    {
        HeadingRaw = map.OptionalText("heading_raw"),
        SourceLine = map.OptionalInteger("source_line", "a line number of the source document"),
        Terms = map.MappingList("terms", t => new Core.Model.Narrative.GlossaryTerm(
            t.RequiredText("term", "the term as printed"),
            t.RequiredText("definition", "the explanation as printed"))),
    };
}
