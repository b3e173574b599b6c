using LinksGenerator.Tool;
using LinksGenerator.Tool.Cli;

// ghl-links: see docs/ghl-links.md. Everything lives in GhlLinks so tests can run the same entry point in-process.
using var interruption = new Interruption();
return await GhlLinks.RunAsync(args, ToolHost.FromProcess(), interruption.Token);
