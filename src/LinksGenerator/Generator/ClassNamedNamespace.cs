using System;
using System.Linq;
using LinksGenerator.Diagnostics;
using LinksGenerator.Rules;

namespace LinksGenerator.Generator;

/// <summary>
/// A generated namespace with a part named <c>TriggerLinks</c> (a project named TriggerLinks, or Acme.TriggerLinks):
/// the class is then <c>Acme.TriggerLinks.TriggerLinks</c>, and code in <c>Acme</c> (in every namespace, when the first
/// part is TriggerLinks) that names the class <c>TriggerLinks</c> finds the namespace first: CS0234, which never
/// mentions the package. LNK008, a warning: the class is still generated, and code inside the namespace works. Decided
/// from the namespace alone, so it costs nothing and is cached with the settings.
/// </summary>
internal static class ClassNamedNamespace
{
    private const string ClassName = "TriggerLinks";

    /// <summary>Where no part is left to suggest, a namespace that says what the class is for.</summary>
    private const string DefaultSuggestion = "Messaging";

    public static DiagnosticInfo? Find(string? @namespace)
    {
        if (@namespace is null)
        {
            return null;
        }

        string[] parts = @namespace.Split('.');
        int first = Array.IndexOf(parts, ClassName);
        if (first < 0)
        {
            return null;
        }

        string hiding = string.Join(".", parts.Take(first + 1));
        string[] others = parts.Where(part => part != ClassName).ToArray();
        string suggestion = others.Length == 0 ? DefaultSuggestion : string.Join(".", others);
        return DiagnosticInfo.WithoutLocation(TriggerLinkRules.NamespaceNamedLikeClass.Id, @namespace, hiding, suggestion);
    }
}
