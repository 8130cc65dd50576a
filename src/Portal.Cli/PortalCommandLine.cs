using System.CommandLine;
using Portal.Cli.Commands;

namespace Portal.Cli;

/// <summary>The <c>portal</c> command and its verbs.</summary>
public static class PortalCommandLine
{
    /// <summary>The command line for <paramref name="args"/>: its help and messages are in the language of the site they name.</summary>
    public static RootCommand Create(TextWriter output, TextWriter errors, IReadOnlyList<string> args) =>
        Create(output, errors, CliText.For(args));

    internal static RootCommand Create(TextWriter output, TextWriter errors, CliText text)
    {
        var root = new RootCommand(text.T("description"));
        root.Add(InitCommand.Create(output, errors, text));
        root.Add(BuildCommand.Create(output, errors, text));
        root.Add(ValidateCommand.Create(output, errors, text));
        root.Add(CheckCommand.Create(output, errors, text));
        root.Add(NewCommand.Create(output, errors, text));
        root.Add(ServeCommand.Create(output, errors, text));
        return root;
    }
}
