using Portal.Build.Render;

namespace Portal.Build.Write;

/// <summary>
/// Write stage: writes the whole site into a fresh folder beside the output folder, then swaps it in,
/// so a build that fails leaves the previous output untouched and readers never see half a site.
/// </summary>
public static class OutputWriter
{
    public static void WriteAtomically(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");

        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            Directory.CreateDirectory(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
        }
        catch
        {
            if (Directory.Exists(retired) && !Directory.Exists(target))
            {
                Directory.Move(retired, target);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }

        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }
}
