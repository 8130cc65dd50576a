namespace Portal.Build.OpenData;

/// <summary>A table as JSON: its form, unit, columns and rows keyed by the official column names.</summary>
public static class TableJson
{
    public static object Shape(DataTable table) => new
    {
        table.Id,
        table.Code,
        table.Title,
        table.Unit,
        Columns = table.Columns.Select(c => c.Name),
        Rows = table.Rows.Select(row => table.Columns.Select((c, i) => (c.Name, Value: row[i])).ToDictionary(p => p.Name, p => p.Value)),
    };

    public static byte[] Write(DataTable table) => OpenDataJson.Serialize(Shape(table));
}
