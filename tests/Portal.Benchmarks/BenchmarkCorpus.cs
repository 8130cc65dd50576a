using Portal.Corpus;

namespace Portal.Benchmarks;

/// <summary>
/// The synthetic site a benchmark runs on: written once per size into the temp folder and reused, since the
/// generator is deterministic (same size and seed, same bytes).
/// </summary>
public static class BenchmarkCorpus
{
    public const int Seed = 1;

    public static string SiteFile(int reports)
    {
        var root = Path.Combine(Path.GetTempPath(), $"portal-bench-corpus-{reports}-seed{Seed}");
        var done = Path.Combine(root, ".complete");
        if (!File.Exists(done))
        {
            CorpusGenerator.Write(new CorpusOptions(reports, Seed, root, RepositoryThemes.Find()));
            File.WriteAllText(done, string.Empty);
        }

        return Path.Combine(root, "site.yml");
    }
}
