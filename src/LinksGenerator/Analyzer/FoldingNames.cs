using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Analyzer;

/// <summary>
/// The names of string constants that may carry the marker into a folded value from another file: every <c>const</c>
/// declared in a file whose text may spell "trigger_link" (<c>const string Open = "{{trigger_link.";</c>, or with a letter
/// escaped: <see cref="TextSearch.MaySpellMarker"/>). Worked out once per compilation, from the files' text and, for the
/// few files that may spell the marker, their syntax. Generated files count too: code written by hand that folds a
/// constant some tool generated (<c>MergeFields.TriggerLinkOpen + "…}}"</c>) is judged as it would be with the constant
/// written by hand. The TriggerLinks class itself is left out: its constants are the known fields, whole, and counted
/// they would make every use of a generated member a folding candidate.
/// </summary>
internal sealed class FoldingNames
{
    private readonly object _gate = new();
    private IReadOnlyCollection<string>? _names;

    public IReadOnlyCollection<string> Get(Compilation compilation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _names ??= Collect(compilation, cancellationToken);
        }
    }

    private static HashSet<string> Collect(Compilation compilation, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var positions = new List<int>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            // By its name first: the generated file's text is not always held as one string, and would be copied just to be skipped.
            if (GeneratedClass.IsGeneratedFile(tree))
            {
                continue;
            }

            string content = TextSearch.Content(tree.GetText(cancellationToken));
            if (!TextSearch.MaySpellMarker(content))
            {
                continue;
            }

            // Where the text says "const", not a walk of the whole file: a file that spells the marker may be large.
            positions.Clear();
            TextSearch.AddWordOccurrences(content, "const", positions);
            SyntaxNode root = tree.GetRoot(cancellationToken);
            foreach (int position in positions)
            {
                SyntaxNode? declaration = root.FindToken(position).Parent;
                VariableDeclarationSyntax? variables = declaration switch
                {
                    FieldDeclarationSyntax field => field.Declaration,
                    LocalDeclarationStatementSyntax local => local.Declaration,
                    _ => null,
                };
                foreach (VariableDeclaratorSyntax variable in variables?.Variables ?? default)
                {
                    names.Add(variable.Identifier.ValueText);
                }
            }
        }

        return names;
    }
}
