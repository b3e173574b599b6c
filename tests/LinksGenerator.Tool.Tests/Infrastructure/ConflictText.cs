using System;
using System.Linq;
using System.Text;

namespace LinksGenerator.Tool.Tests.Infrastructure;

/// <summary>
/// What git leaves in a file when two branches changed the same lines: the lines both sides share stay as they are, and
/// the ones between are written twice between conflict markers (with the common ancestor's too in diff3 style). One hunk,
/// from the first line the sides differ on to the last, as git writes a conflict in one stretch of lines.
/// </summary>
internal static class ConflictText
{
    public static string Of(string ours, string theirs, string? ancestor = null)
    {
        string[] a = Lines(ours), b = Lines(theirs);
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var text = new StringBuilder();
        text.Append(string.Concat(a.Take(prefix)));
        text.Append("<<<<<<< HEAD\n").Append(string.Concat(a.Skip(prefix).Take(a.Length - prefix - suffix)));
        if (ancestor is not null)
        {
            string[] c = Lines(ancestor);
            text.Append("||||||| merged common ancestors\n").Append(string.Concat(c.Skip(prefix).Take(Math.Max(0, c.Length - prefix - suffix))));
        }

        text.Append("=======\n").Append(string.Concat(b.Skip(prefix).Take(b.Length - prefix - suffix)));
        text.Append(">>>>>>> feature\n");
        text.Append(string.Concat(a.Skip(a.Length - suffix)));
        return text.ToString();
    }

    /// <summary>The lines, each with its line end (snapshots end with one).</summary>
    private static string[] Lines(string text) =>
        text.EndsWith('\n') ? text.Split('\n')[..^1].Select(line => line + "\n").ToArray() : throw new ArgumentException("a text ending with a line end", nameof(text));
}
