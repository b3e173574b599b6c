using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Common;
using Microsoft.CodeAnalysis;

namespace LinksGenerator.Diagnostics
{
    /// <summary>Every diagnostic the package reports, in one place. Each has a page under docs/rules/ and a help link to it.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string HelpLinkBase = "https://github.com/LinksGenerator/LinksGenerator/blob/main/docs/rules/";
        public const string UsageCategory = "LinksGenerator.Usage";
        public const string SnapshotCategory = "LinksGenerator.Snapshot";

        public static readonly DiagnosticDescriptor UnknownTriggerLink = Create(
            DiagnosticIds.UnknownTriggerLink,
            "Trigger link is not in the snapshot",
            "The trigger link '{0}' is not in the snapshot of location {1}: the customer would get a dead link",
            UsageCategory,
            DiagnosticSeverity.Error,
            "A string contains the merge field {{trigger_link.<id>}} for an id the snapshot does not know: the link was deleted, mistyped or belongs to another location.");

        public static readonly DiagnosticDescriptor KnownTriggerLink = Create(
            DiagnosticIds.KnownTriggerLink,
            "Use the generated TriggerLinks constant",
            "Use TriggerLinks.{0} instead of the hard-coded merge field '{1}'",
            UsageCategory,
            DiagnosticSeverity.Info,
            "A string spells out the merge field of a known trigger link; the generated constant keeps it checked when the snapshot changes.");

        public static readonly DiagnosticDescriptor MalformedTriggerLink = Create(
            DiagnosticIds.MalformedTriggerLink,
            "Malformed trigger-link merge field",
            "'{0}' is not a valid trigger-link merge field: {1}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "HighLevel only replaces {{trigger_link.<id>}} written exactly; anything else reaches the customer as literal text.");

        public static readonly DiagnosticDescriptor SnapshotUnreadable = Create(
            DiagnosticIds.SnapshotUnreadable,
            "The trigger-link snapshot cannot be read",
            "The trigger-link snapshot cannot be read: {0}",
            SnapshotCategory,
            DiagnosticSeverity.Error,
            "links.snapshot.json must be a JSON object with a \"links\" array (schema 1, or the raw Get Links response).");

        public static readonly DiagnosticDescriptor SnapshotEntryIssue = Create(
            DiagnosticIds.SnapshotEntryIssue,
            "A snapshot entry is unusable or suspicious",
            "Trigger-link snapshot: {0}",
            SnapshotCategory,
            DiagnosticSeverity.Warning,
            "An entry of links.snapshot.json has no id, a duplicate id, an id HighLevel would not issue, or a fieldKey that is not {{trigger_link.<id>}}.");

        public static readonly DiagnosticDescriptor MemberRenamed = Create(
            DiagnosticIds.MemberRenamed,
            "A trigger link's member name was changed",
            "The trigger link '{0}' ({1}) is generated as TriggerLinks.{2} because {3}",
            SnapshotCategory,
            DiagnosticSeverity.Info,
            "Member names are the PascalCase of the link's name; a name that would be invalid or would collide gets a prefix or the link's id appended.");

        public static readonly DiagnosticDescriptor SnapshotMissing = Create(
            DiagnosticIds.SnapshotMissing,
            "No trigger-link snapshot found",
            "{0}",
            SnapshotCategory,
            DiagnosticSeverity.Warning,
            "The LinksGenerator package is referenced but no links.snapshot.json was found; TriggerLinks is empty and hard-coded merge fields are not checked.");

        public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
        {
            UnknownTriggerLink, KnownTriggerLink, MalformedTriggerLink, SnapshotUnreadable, SnapshotEntryIssue, MemberRenamed, SnapshotMissing,
        }.ToDictionary(d => d.Id);

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
            new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id));
    }
}
