using Portal.Build.Modeling;

namespace Portal.Build.OpenData;

/// <summary>The data pages and every data file they link to, all of them members of the archive.</summary>
public sealed record OpenDataSet(IReadOnlyList<DataPage> Pages, GeneratedArchive Archive);
