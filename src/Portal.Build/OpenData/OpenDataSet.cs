using Portal.Build.Modeling;

namespace Portal.Build.OpenData;

/// <summary>The data page and every data file it links to.</summary>
public sealed record OpenDataSet(DataPage Page, IReadOnlyList<GeneratedFile> Files);
