using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace LinksGenerator.Configuration;

/// <summary>Makes user-supplied names safe to emit as C# identifiers.</summary>
internal static class CSharpNames
{
    /// <summary>
    /// A namespace the generated class can live in, or null for the global namespace. Project names such as
    /// <c>My-App</c> or <c>2024.Tools</c> become RootNamespace unchanged, so each segment is made a valid identifier.
    /// </summary>
    public static string? Namespace(string? requested)
    {
        if (requested is null)
        {
            return null;
        }

        string text = requested.StartsWith("global::", System.StringComparison.Ordinal) ? requested.Substring("global::".Length) : requested;
        var segments = new List<string>();
        foreach (string segment in text.Split('.'))
        {
            // '@' only escapes a keyword in source ('@class' is the namespace 'class'): the identifier says '@' again where C# needs it.
            string identifier = Identifier(Unescaped(segment.Trim()));
            if (identifier.Length > 0)
            {
                segments.Add(identifier);
            }
        }

        return segments.Count == 0 ? null : string.Join(".", segments);
    }

    private static string Unescaped(string segment) => segment.Length > 1 && segment[0] == '@' ? segment.Substring(1) : segment;

    /// <summary>Replaces every character C# does not allow with '_', prefixes '_' before a leading digit, and escapes keywords with '@'.</summary>
    public static string Identifier(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 1);
        foreach (char c in text)
        {
            builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        string identifier = builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) == SyntaxKind.GlobalKeyword
            ? "@" + identifier
            : identifier;
    }
}
