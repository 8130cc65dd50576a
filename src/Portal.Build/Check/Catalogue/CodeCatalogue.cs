namespace Portal.Build.Check.Catalogue;

/// <summary>
/// The official 科目名称 of the 功能分类 and 经济分类 codes the sample uses (政府收支分类科目 2021–2023),
/// shipped as tab-separated files embedded in the assembly. A code missing here is not checked.
/// </summary>
public sealed class CodeCatalogue
{
    private readonly Dictionary<string, string> _names;

    private CodeCatalogue(Dictionary<string, string> names) => _names = names;

    public static CodeCatalogue Function { get; } = Load("function-codes");

    public static CodeCatalogue Economic { get; } = Load("economic-codes");

    public int Count => _names.Count;

    public string? NameOf(string code) => _names.GetValueOrDefault(code);

    private static CodeCatalogue Load(string name)
    {
        using var stream = typeof(CodeCatalogue).Assembly.GetManifestResourceStream($"Portal.Build.Check.Catalogue.{name}.tsv")
            ?? throw new InvalidOperationException($"catalogue {name}.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            names[parts[0]] = parts[1];
        }

        return new CodeCatalogue(names);
    }
}
