using System;
using System.Globalization;
using System.IO;
using LinksGenerator.Rules;
using LinksGenerator.Templates;
using LinksGenerator.Tool.Output;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// A finding as MSBuild prints a diagnostic, <c>Templates/welcome.html(5,15): error LNK001: message (help link)</c>, so
/// CI log parsers and editors that read build output read lint's too: line and column from 1, the severity's word, the
/// rule's own message (its quoted text already kept on one line: see <see cref="MessageText"/>), the rule's page.
/// </summary>
internal static class FindingLine
{
    public static string Format(string shownPath, TemplateFinding finding, RuleSeverity severity) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{shownPath}({finding.From.Line + 1},{finding.From.Character + 1}): {Word(severity)} {finding.RuleId}: {finding.Message} ({TriggerLinkRules.HelpLink(finding.RuleId)})");

    /// <summary>
    /// A file the compiler refuses as binary, as the build reports it (CS2015, without a position), and what to do: a
    /// build that checks templates fails on it.
    /// </summary>
    public static string BinaryFile(string shownPath) =>
        $"{shownPath}: error CS2015: '{shownPath}' is a binary file instead of a text file: it is not UTF-8 and holds NUL characters, " +
        "so the compiler refuses it and a build that checks it as a template fails; leave it out of the templates";

    /// <summary>The path relative to the current folder with '/' between folders (as the MSBuild item would be written), or absolute outside it.</summary>
    public static string ShownPath(string fullPath, string workingDirectory)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        bool outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        // Only where '\\' separates folders (Windows): elsewhere it is a character a file's name may hold.
        return outside ? fullPath : Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }

    /// <summary>
    /// <see cref="ShownPath"/> as printed: a line break or control character in a file's name is escaped (<c>\n</c>,
    /// <c>\u001b</c>), as in the messages, so each finding stays one line and the terminal is left alone.
    /// </summary>
    public static string PrintedPath(string fullPath, string workingDirectory) => Printable.Line(ShownPath(fullPath, workingDirectory));

    public static string Word(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };
}
