using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Check.Claims;

/// <summary>
/// The claim reader's words (<c>lexicon.yml</c>, embedded): 口径 words, phase words, metrics with their names and
/// the ReportFigures key each 口径 of them names, units and connectives. One place; the rules read it through
/// <see cref="ClaimReader"/>.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(YamlMappingNode root)
    {
        Scopes = Entries(root, "scopes").Select(e => (Id: Scalar(e, "id"), Words: List(e, "words"))).ToArray();
        Phases = Entries(root, "phases").Select(e => (Id: Phase(Scalar(e, "id")), Words: List(e, "words"))).ToArray();
        Metrics = Entries(root, "metrics").Select(e => new LexiconMetric(
            Scalar(e, "id"),
            List(e, "names"),
            e.Children.TryGetValue(new YamlScalarNode("figures"), out var f) && f is YamlMappingNode figures
                ? figures.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal),
            e.Children.ContainsKey(new YamlScalarNode("tables_only")) ? List(e, "tables_only").ToHashSet(StringComparer.Ordinal) : [],
            Flag(e, "requires_scope"),
            Flag(e, "needs_owner"))).ToArray();
        Owners = ((YamlSequenceNode)root.Children[new YamlScalarNode("owners")]).Children
            .Concat(root.Children.TryGetValue(new YamlScalarNode("owners_added"), out var added) ? ((YamlSequenceNode)added).Children : [])
            .Select(n => ((YamlScalarNode)n).Value!).OrderByDescending(w => w.Length).ToArray();
        Units = Entries(root, "units").Select(e => (Word: Scalar(e, "word"), Wan: decimal.Parse(Scalar(e, "wan"), CultureInfo.InvariantCulture))).ToArray();
        Connectives = ((YamlSequenceNode)root.Children[new YamlScalarNode("connectives")]).Children.Select(n => ((YamlScalarNode)n).Value!).ToArray();
        TableRows = Entries(root, "table_rows").SelectMany(e => List(e, "labels").Select(l => (l, Scalar(e, "figure")))).ToDictionary(p => p.l, p => p.Item2, StringComparer.Ordinal);
        TableRowBudgets = Entries(root, "table_rows").Where(e => e.Children.ContainsKey(new YamlScalarNode("budget_figure")))
            .SelectMany(e => List(e, "labels").Select(l => (l, Scalar(e, "budget_figure")))).ToDictionary(p => p.l, p => p.Item2, StringComparer.Ordinal);
        Counts = Entries(root, "counts").Select(e => new LexiconCount(Scalar(e, "id"), Scalar(e, "label"), Scalar(e, "unit"), List(e, "phrases"))).ToArray();
        ScopeParts = Optional(root, "scope_parts").Select(e => new LexiconScopeParts(Scalar(e, "whole"), List(e, "parts"), List(e, "metrics"))).ToArray();
        BudgetAdditions = Optional(root, "budget_additions").Select(e => new LexiconBudgetAddition(List(e, "additions"), List(e, "totals"), List(e, "sum_words"))).ToArray();
        Procurement = Optional(root, "procurement").Select(e => new LexiconProcurement(List(e, "totals"), List(e, "categories"), List(e, "sme_parts"))).ToArray();
        ExhaustiveParts = Optional(root, "exhaustive_parts").Select(e => new LexiconExhaustiveParts(Scalar(e, "whole"), List(e, "parts"))).ToArray();
    }

    /// <summary>Wholes whose named parts are all of them (基本支出 = 人员经费 + 公用经费): their shares add to 100%.</summary>
    public IReadOnlyList<LexiconExhaustiveParts> ExhaustiveParts { get; }

    /// <summary>Wholes that are the sum of their 口径 parts (财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营).</summary>
    public IReadOnlyList<LexiconScopeParts> ScopeParts { get; }

    /// <summary>How a text adds to a budget in the year (年中追加) and names the total it comes to.</summary>
    public IReadOnlyList<LexiconBudgetAddition> BudgetAdditions { get; }

    /// <summary>政府采购: the words of its total, its categories and the 中小企业 awards that together cannot exceed it.</summary>
    public IReadOnlyList<LexiconProcurement> Procurement { get; }

    public static Lexicon Shipped { get; } = Load();

    public IReadOnlyList<(string Id, IReadOnlyList<string> Words)> Scopes { get; }

    public IReadOnlyList<(ClaimPhase Id, IReadOnlyList<string> Words)> Phases { get; }

    public IReadOnlyList<LexiconMetric> Metrics { get; }

    public IReadOnlyList<(string Word, decimal Wan)> Units { get; }

    public IReadOnlyList<string> Connectives { get; }

    /// <summary>The ReportFigures key a free-form table's row prints, by its label (lexicon <c>table_rows</c>).</summary>
    public IReadOnlyDictionary<string, string> TableRows { get; }

    /// <summary>
    /// The ReportFigures key a free-form table's row prints in a 预算数 column, by its label (lexicon <c>table_rows</c>'
    /// <c>budget_figure</c>): only rows whose 公开 table prints a 预算数 (the 三公 table) have one.
    /// </summary>
    public IReadOnlyDictionary<string, string> TableRowBudgets { get; }

    /// <summary>The things a report counts (维修改造项目, 编报绩效目标的项目…), each with the phrases that state its count.</summary>
    public IReadOnlyList<LexiconCount> Counts { get; }

    /// <summary>Words a clause may end with before a figure of the department's own (longest first).</summary>
    public IReadOnlyList<string> Owners { get; }

    /// <summary>The metric a name (without 口径 word) is, or null.</summary>
    public LexiconMetric? MetricNamed(string name) => Metrics.FirstOrDefault(m => m.Names.Contains(name, StringComparer.Ordinal));

    /// <summary>The 口径 a word is (“一般公共预算财政拨款” → general_budget); “all” for none.</summary>
    public string ScopeOf(string? word) =>
        string.IsNullOrEmpty(word) ? "all" : Scopes.First(s => s.Words.Contains(word, StringComparer.Ordinal)).Id;

    /// <summary>
    /// The figure key a label names (“财政拨款基本支出” → general_budget_basic): a 口径 word (or none) followed by a
    /// metric name, the whole label. Null when the label is not a lexicon figure.
    /// </summary>
    public (string Key, bool TablesOnly)? FigureOf(string label)
    {
        foreach (var scope in Scopes.SelectMany(s => s.Words).Append(string.Empty).OrderByDescending(w => w.Length))
        {
            if (label.StartsWith(scope, StringComparison.Ordinal) && MetricNamed(label[scope.Length..]) is { } metric
                && (scope.Length > 0 || !metric.RequiresScope) && metric.Figures.TryGetValue(ScopeOf(scope), out var key))
            {
                return (key, metric.TablesOnly.Contains(key));
            }
        }

        return null;
    }

    private static Lexicon Load()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Portal.Build.Check.Claims.lexicon.yml")
            ?? throw new InvalidOperationException("lexicon.yml is not embedded");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        return new Lexicon((YamlMappingNode)yaml.Documents[0].RootNode);
    }

    private static ClaimPhase Phase(string id) => id switch
    {
        "initial_budget" => ClaimPhase.InitialBudget,
        "full_budget" => ClaimPhase.FullBudget,
        "budget" => ClaimPhase.Budget,
        "final" => ClaimPhase.Final,
        _ => throw new InvalidOperationException($"lexicon.yml: unknown phase {id}"),
    };

    private static IEnumerable<YamlMappingNode> Entries(YamlMappingNode root, string key) =>
        ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children.Cast<YamlMappingNode>();

    private static IEnumerable<YamlMappingNode> Optional(YamlMappingNode root, string key) =>
        root.Children.ContainsKey(new YamlScalarNode(key)) ? Entries(root, key) : [];

    private static bool Flag(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && ((YamlScalarNode)value).Value == "true";

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static IReadOnlyList<string> List(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(n => ((YamlScalarNode)n).Value!).ToArray();
}

/// <summary>A whole and the parts that make all of it (lexicon <c>exhaustive_parts</c>).</summary>
public sealed record LexiconExhaustiveParts(string Whole, IReadOnlyList<string> Parts);

/// <summary>A metric of the lexicon: its names, and the ReportFigures key of each 口径 (<c>all</c>, <c>fiscal</c>…).</summary>
public sealed record LexiconMetric(string Id, IReadOnlyList<string> Names, IReadOnlyDictionary<string, string> Figures, IReadOnlySet<string> TablesOnly, bool RequiresScope, bool NeedsOwner);

/// <summary>
/// A count of the lexicon (<c>counts</c>): what is counted, in words for messages, its unit (个, 项) and the phrases
/// that state it, <c>{n}</c> standing for the number and <c>{gap}</c> for a few words of the same clause.
/// </summary>
public sealed record LexiconCount(string Id, string Label, string Unit, IReadOnlyList<string> Phrases);

/// <summary>A whole (<c>fiscal</c>) that is the sum of the same metric under its part 口径 (<c>scope_parts</c>).</summary>
public sealed record LexiconScopeParts(string Whole, IReadOnlyList<string> Parts, IReadOnlyList<string> Metrics);

/// <summary>
/// The words of a budget added to in the year (<c>budget_additions</c>): additions (年中追加), the totals a 年初预算 plus
/// them is (全年预算), and the words that present a figure as that sum (所以…共支出).
/// </summary>
public sealed record LexiconBudgetAddition(IReadOnlyList<string> Additions, IReadOnlyList<string> Totals, IReadOnlyList<string> SumWords);

/// <summary>政府采购 (<c>procurement</c>): the total's words, its categories (货物, 工程, 服务), and 中小企业 awards of disjoint project groups.</summary>
public sealed record LexiconProcurement(IReadOnlyList<string> Totals, IReadOnlyList<string> Categories, IReadOnlyList<string> SmeParts);
