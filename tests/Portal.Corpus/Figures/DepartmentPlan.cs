using Portal.Corpus.Catalog;

namespace Portal.Corpus.Figures;

/// <summary>A generated department: who it is and which years it publishes.</summary>
public sealed record DepartmentPlan(string Slug, string Name, Place Place, Agency Agency, IReadOnlyList<int> Years, int Seed);
