namespace Portal.Build.Tests.Support;

/// <summary>
/// Runs a test from a site's folder, as a webmaster runs portal, so messages name files relative to it
/// (<c>content/ceshi/2023.yml</c>); the previous working folder comes back on dispose.
/// </summary>
/// <remarks>
/// The working folder belongs to the whole process: a test class that uses this must be in
/// <see cref="WorkingFolderCollection"/>, which xunit runs alone. Run beside the others, a report loaded elsewhere while
/// the folder is changed is named relative to the temporary site (<c>../../work/main/content/…</c>), and a test that
/// opens its finding's file then reads the wrong path.
/// </remarks>
public sealed class WorkingFolder : IDisposable
{
    private readonly string _previous = Environment.CurrentDirectory;

    public WorkingFolder(string folder)
    {
        // A class left out of the collection fails here, at once, not now and then in another test.
        var caller = new System.Diagnostics.StackFrame(1).GetMethod()?.DeclaringType;
        while (caller?.DeclaringType is not null && caller.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
        {
            caller = caller.DeclaringType;
        }

        var collection = caller?.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(CollectionAttribute));
        if (collection?.ConstructorArguments[0].Value as string != WorkingFolderCollection.Name)
        {
            throw new InvalidOperationException($"{caller?.FullName} changes the working folder: mark it [Collection(WorkingFolderCollection.Name)].");
        }

        Environment.CurrentDirectory = folder;
    }

    public void Dispose() => Environment.CurrentDirectory = _previous;
}

/// <summary>The test classes that change the working folder: run with nothing else beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingFolderCollection
{
    public const string Name = "changes the working folder";
}
