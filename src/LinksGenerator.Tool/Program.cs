using LinksGenerator.Tool;

// ghl-links: see docs/ghl-links.md. Everything lives in GhlLinks so tests can run the same entry point in-process.
return await GhlLinks.RunAsync(args, ToolHost.FromProcess());
