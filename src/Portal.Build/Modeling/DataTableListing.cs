namespace Portal.Build.Modeling;

/// <summary>What the data page shows of one downloadable table: not its rows, which a large site cannot hold.</summary>
public sealed record DataTableListing(string Id, string? Code, string Title, int RowCount);
