using Portal.Cli;

return PortalCommandLine.Run(args, Console.Out, Console.Error);
