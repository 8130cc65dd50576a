using Portal.Build.Load;
using Portal.Build.Render;

namespace Portal.Build.Write;

/// <summary>Writes a whole list of files at once through <see cref="StagedOutput"/>: all of them, or nothing.</summary>
public static class OutputWriter
{
    public static void WriteAtomically(string outputDirectory, IReadOnlyList<OutputFolder.Source> sources, IEnumerable<OutputFile> files)
    {
        using var output = new StagedOutput(outputDirectory, sources);
        foreach (var file in files)
        {
            output.Add(file);
        }

        output.Commit();
    }
}
