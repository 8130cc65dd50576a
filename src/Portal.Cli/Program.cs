using Portal.Cli;

return PortalCommandLine.Create(Console.Out, Console.Error, args).Parse(args).Invoke();
