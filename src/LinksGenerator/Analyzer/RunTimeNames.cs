using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LinksGenerator.Analyzer;

/// <summary>
/// Which simple names in a <c>+</c> chain are parameters or non-const locals of the code around it — never constants —
/// judged from syntax alone. (A same-named constant elsewhere would be shadowed by them anyway.) Every piece of a chain
/// sees the same ones: a piece that could declare any (a lambda) is built at run time and not looked into. So each name
/// is looked up once, from the chain, rather than from each of the chain's pieces, which in a chain thousands deep
/// climbed past all the pieces above it.
/// </summary>
internal sealed class RunTimeNames(SyntaxNode chain)
{
    private readonly Dictionary<string, bool> _looked = new(StringComparer.Ordinal);

    public bool Contains(string name)
    {
        if (!_looked.TryGetValue(name, out bool declared))
        {
            _looked[name] = declared = IsParameterOrVariable(name);
        }

        return declared;
    }

    private bool IsParameterOrVariable(string name)
    {
        for (SyntaxNode? node = chain.Parent; node is not null; node = node.Parent)
        {
            ParameterListSyntax? parameters = node switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList,
                LocalFunctionStatementSyntax local => local.ParameterList,
                ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList,
                AnonymousMethodExpressionSyntax anonymous => anonymous.ParameterList,
                TypeDeclarationSyntax type => type.ParameterList,
                _ => null,
            };
            if (parameters is not null && Declares(parameters, name))
            {
                return true;
            }

            if (node is SimpleLambdaExpressionSyntax simple && simple.Parameter.Identifier.ValueText == name)
            {
                return true;
            }

            if (node is BlockSyntax block && DeclaresVariable(block, name))
            {
                return true;
            }

            if (node is MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    private static bool Declares(ParameterListSyntax parameters, string name)
    {
        foreach (ParameterSyntax parameter in parameters.Parameters)
        {
            if (parameter.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaresVariable(BlockSyntax block, string name)
    {
        foreach (StatementSyntax statement in block.Statements)
        {
            if (statement is LocalDeclarationStatementSyntax declaration && !declaration.IsConst)
            {
                foreach (VariableDeclaratorSyntax variable in declaration.Declaration.Variables)
                {
                    if (variable.Identifier.ValueText == name)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
