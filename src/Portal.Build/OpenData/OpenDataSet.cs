using Portal.Build.Modeling;

namespace Portal.Build.OpenData;

/// <summary>The data page and every data file it links to, all of them members of the archive.</summary>
public sealed record OpenDataSet(DataPage Page, GeneratedArchive Archive);
