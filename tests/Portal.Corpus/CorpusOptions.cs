namespace Portal.Corpus;

/// <summary>What to generate: how many department-years, from which seed, into which folder, with which themes.</summary>
public sealed record CorpusOptions(int Reports, int Seed, string OutputDirectory, string ThemesDirectory);
