namespace Portal.Build.OpenData;

/// <summary>
/// A template table flattened into columns and rows for download (CSV, JSON, Data Package).
/// Cells are <see cref="string"/>, <see cref="int"/>, <see cref="decimal"/> or null (not printed).
/// </summary>
public sealed record DataTable(
    string Id,
    string? Code,
    string Title,
    string Unit,
    IReadOnlyList<DataColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows);
