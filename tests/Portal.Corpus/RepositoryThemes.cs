namespace Portal.Corpus;

/// <summary>Finds the repository's themes/ folder by walking up from the program to Portal.sln.</summary>
public static class RepositoryThemes
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                {
                    return Path.Combine(dir.FullName, "themes");
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository (Portal.sln) to locate themes/; pass --themes-dir");
    }
}
