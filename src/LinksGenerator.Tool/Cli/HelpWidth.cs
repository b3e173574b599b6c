using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;

namespace LinksGenerator.Tool.Cli;

/// <summary>
/// How wide <c>--help</c> wraps: the terminal's width, but never narrower than <see cref="Narrowest"/>. System.CommandLine
/// wraps at the terminal's own width, and on a terminal a few columns wide its wrapping throws, repeats blank lines
/// forever or hangs; the terminal wrapping a wider text is merely untidy.
/// </summary>
internal static class HelpWidth
{
    public const int Narrowest = 40;

    public static void Apply(RootCommand root) => Apply(root, TerminalWidth());

    /// <summary>Makes help wrap as on a terminal <paramref name="terminalWidth"/> columns wide (0: not a terminal).</summary>
    public static void Apply(RootCommand root, int terminalWidth)
    {
        foreach (HelpOption option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction help)
            {
                help.MaxWidth = For(terminalWidth);
            }
        }
    }

    /// <summary>The width to wrap at on a terminal <paramref name="terminalWidth"/> columns wide (0 or less: no terminal, no wrapping).</summary>
    public static int For(int terminalWidth) => terminalWidth <= 0 ? int.MaxValue : Math.Max(terminalWidth, Narrowest);

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 0 : Console.WindowWidth;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException)
        {
            return 0;
        }
    }
}
