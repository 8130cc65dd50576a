using Portal.Build.Load.Yaml.Plain;
using Portal.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Build.Load.Yaml;

/// <summary>
/// Parses one YAML file into its root node, turning syntax errors and files past the <see cref="YamlLimits"/> into
/// diagnostics.
/// </summary>
internal static class YamlDocumentParser
{
    /// <param name="language">The language the syntax errors are explained in (<see cref="YamlSyntaxExplainer"/>).</param>
    public static YamlNode? Parse(string text, string displayPath, DiagnosticBag diagnostics, MessageLanguage language = MessageLanguage.Chinese)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new LimitingParser(new Parser(new StringReader(text))));
        }
        catch (YamlLimitException ex)
        {
            var location = new SourceLocation(displayPath, (int)ex.Start.Line, (int)ex.Start.Column);
            diagnostics.Error(BuildStage.Load, location, null, $"malformed YAML: {ex.Message}");
            return null;
        }
        catch (YamlException ex)
        {
            Report(YamlSyntaxExplainer.Explain(text, (int)ex.Start.Line, (int)ex.Start.Column, Describe(ex), language));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner sometimes fails this way (e.g. on an unclosed flow sequence) without a
            // position; the end of the last event it did parse is where the text stops making sense.
            Report(YamlSyntaxExplainer.Explain(text, LastGoodLine(text) + 1, 1, null, language));
            return null;
        }

        void Report(PlainYamlError error) =>
            diagnostics.Error(BuildStage.Load, new SourceLocation(displayPath, error.Line, error.Column), null, error.Message);

        if (stream.Documents.Count != 1)
        {
            diagnostics.Error(
                BuildStage.Load,
                new SourceLocation(displayPath, 1, 1),
                null,
                stream.Documents.Count == 0 ? "the file is empty" : "expected one YAML document, found several (---)");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static int LastGoodLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.End.Line;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or YamlException)
        {
        }

        return line;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the location is printed apart.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
