using System.CommandLine;
using Portal.Cli.Commands;

namespace Portal.Cli;

/// <summary>The <c>portal</c> command and its verbs.</summary>
public static class PortalCommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter errors)
    {
        var root = new RootCommand("Portal: builds a static transparency site from 部门决算 YAML and Razor themes.");
        root.Add(InitCommand.Create(output, errors));
        root.Add(BuildCommand.Create(output, errors));
        root.Add(ValidateCommand.Create(output, errors));
        root.Add(CheckCommand.Create(output, errors));
        root.Add(NewCommand.Create(output, errors));
        root.Add(ServeCommand.Create(output, errors));
        return root;
    }
}
