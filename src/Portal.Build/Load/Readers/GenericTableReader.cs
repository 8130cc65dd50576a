using Portal.Build.Load.Yaml;
using Portal.Core.Model.Tables;

namespace Portal.Build.Load.Readers;

/// <summary>Reads a free-form table (anything other than the nine 公开 tables).</summary>
internal static class GenericTableReader
{
    public static GenericTable Read(MappingReader map) => new()
    {
        Title = map.OptionalText("title"),
        HeadingRaw = map.OptionalText("heading_raw"),
        SourceLine = map.OptionalInteger("source_line", "a line number of the source document"),
        Unit = map.OptionalText("unit"),
        Header = map.Value("header") is { } header ? map.Context.CellRows(header, map.Child("header")) : [],
        Rows = map.Value("rows") is { } rows ? map.Context.CellRows(rows, map.Child("rows")) : [],
        Notes = map.TextList("notes"),
    };
}
