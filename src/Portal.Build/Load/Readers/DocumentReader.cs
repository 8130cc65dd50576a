using Portal.Build.Load.Yaml;
using Portal.Core.Model.Narrative;

namespace Portal.Build.Load.Readers;

/// <summary>Reads a narrative document (概况, 决算情况说明, a 绩效 report) and its sections.</summary>
internal sealed class DocumentReader(string reportDirectory)
{
    // What body_file may read: the department folder as the content folder lists it. The folder's real path is
    // taken once per report, not per section; links inside it are resolved per file (RealPaths.Inside).
    private readonly Lazy<string> _root = new(() => RealPaths.Listed(reportDirectory));

    public Document Read(MappingReader map) => new()
    {
        Title = map.OptionalText("title"),
        HeadingRaw = map.OptionalText("heading_raw"),
        SourceLine = map.OptionalInteger("source_line", "a line number of the source document"),
        Sections = map.MappingList("sections", ReadSection),
    };

    private Section ReadSection(MappingReader map)
    {
        var body = map.OptionalText("body");
        if (map.Value("body_file") is { } fileNode && map.Context.Text(fileNode, map.Child("body_file")) is { } relative)
        {
            if (body is not null)
            {
                map.Context.Error(fileNode, map.Child("body_file"), "give either body or body_file, not both");
            }

            // body_file is published (page, report.json, data ZIP): it may name only a file of the department's own.
            if (RealPaths.Inside(_root.Value, relative, "the department folder", out var problem) is not { } full)
            {
                map.Context.Error(fileNode, map.Child("body_file"), $"expected a Markdown file inside the department folder, found \"{relative}\": {problem}");
            }
            else if (File.Exists(full))
            {
                body = ContentText.Read(full, ContentLoader.Display(full), Portal.Core.Diagnostics.BuildStage.Load, map.Context.Diagnostics);
            }
            else
            {
                map.Context.Error(fileNode, map.Child("body_file"), $"expected a Markdown file beside the YAML; '{relative}' does not exist");
            }
        }

        return new Section
        {
            Heading = map.RequiredText("heading", "the section heading without its numbering"),
            HeadingRaw = map.OptionalText("heading_raw"),
            Kind = map.OptionalText("kind"),
            SourceLine = map.OptionalInteger("source_line", "a line number of the source document"),
            Body = body,
            Figures = map.MappingList("figures", f => new Figure(
                f.RequiredText("number", "the figure number as printed, e.g. 图1"),
                f.RequiredText("caption", "the caption as printed"))),
            Tables = map.MappingList("tables", GenericTableReader.Read),
            Sections = map.MappingList("sections", ReadSection),
        };
    }
}
