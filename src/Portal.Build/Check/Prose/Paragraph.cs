using Portal.Core.Diagnostics;
using Portal.Core.Model;

namespace Portal.Build.Check.Prose;

/// <summary>
/// One paragraph of a narrative body, with the field path of the body and where the paragraph starts. The location
/// is looked up only when asked (for a finding): finding the body's line means reading the report's YAML again,
/// which a report without findings never needs.
/// </summary>
/// <param name="Offset">Lines from the body's first line to this paragraph.</param>
public sealed record Paragraph(string Path, string Text, string Section, Report Report, int Offset)
{
    /// <summary>The title of the narrative part it is in (“决算情况说明”, a 绩效 report's title); empty when untitled.</summary>
    public string Part { get; init; } = string.Empty;

    /// <summary>Where the paragraph stands, for a message: its part and its section (“《…绩效自评报告》“（二）项目绩效目标””).</summary>
    public string Place => Part.Length > 0 && Part != Section ? $"《{Part}》“{Section}”" : $"“{Section}”";

    public SourceLocation Location
    {
        get
        {
            // A body: | block starts on the line after its key.
            var start = Report.SourceMap.Find(Path);
            return new SourceLocation(start.File, start.Line + 1 + Offset, start.Column);
        }
    }
}
