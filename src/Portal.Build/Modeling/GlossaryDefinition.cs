namespace Portal.Build.Modeling;

/// <summary>One wording of a term and the reports that print it.</summary>
public sealed record GlossaryDefinition(string Text, IReadOnlyList<ReportSummary> Reports);
