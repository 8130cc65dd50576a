namespace Portal.Core.Model.Narrative;

public sealed record GlossaryTerm(string Term, string Definition);
