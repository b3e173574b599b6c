namespace LinksGenerator.Rules;

/// <summary>
/// Every rule the package reports, in one place: id, default severity and words. Constants, so the analyzer's
/// descriptors (Diagnostics/DiagnosticDescriptors.cs) are made of them where the release tracking can see them, and so
/// <c>ghl-links</c>, which has no Roslyn, prints the very same words. Each id has a page under docs/rules/.
/// </summary>
internal static class TriggerLinkRules
{
    public const string UsageCategory = "LinksGenerator.Usage";
    public const string SnapshotCategory = "LinksGenerator.Snapshot";

    private const string HelpLinkBase = "https://github.com/LinksGenerator/LinksGenerator/blob/main/docs/rules/";

    /// <summary>The rule's page, which the build prints after each message and <c>ghl-links lint</c> prints too.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    internal static class UnknownTriggerLink
    {
        public const string Id = "LNK001";
        public const RuleSeverity Severity = RuleSeverity.Error;
        public const string Title = "Trigger link is not in the snapshot";
        public const string Message = "The trigger link '{0}' is not in the snapshot of location {1}: the customer would get a dead link";
        public const string Description = "A string contains the merge field {{trigger_link.<id>}} for an id the snapshot does not know: the link was deleted, mistyped or belongs to another location.";
    }

    internal static class KnownTriggerLink
    {
        public const string Id = "LNK002";
        public const RuleSeverity Severity = RuleSeverity.Info;
        public const string Title = "Use the generated TriggerLinks constant";
        public const string Message = "Use TriggerLinks.{0} instead of the hard-coded merge field '{1}'";
        public const string Description = "A string spells out the merge field of a known trigger link; the generated constant keeps it checked when the snapshot changes.";
    }

    internal static class MalformedTriggerLink
    {
        public const string Id = "LNK003";
        public const RuleSeverity Severity = RuleSeverity.Warning;
        public const string Title = "Malformed trigger-link merge field";
        public const string Message = "'{0}' is not a valid trigger-link merge field: {1}";
        public const string Description = "HighLevel only replaces {{trigger_link.<id>}} written exactly; anything else reaches the customer as literal text.";
    }

    internal static class DeletedTriggerLink
    {
        public const string Id = "LNK004";
        public const RuleSeverity Severity = RuleSeverity.Error;
        public const string Title = "Trigger link was deleted from HighLevel";
        public const string Message = "The trigger link {0} ({1}) was deleted from HighLevel: the customer would get a dead link";
        public const string Description = "A string contains the merge field of a link the snapshot lists in deletedLinks: HighLevel no longer has it, so the message would carry a dead link.";
    }

    internal static class SnapshotUnreadable
    {
        public const string Id = "LNK100";
        public const RuleSeverity Severity = RuleSeverity.Error;
        public const string Title = "The trigger-link snapshot cannot be read";
        public const string Message = "The trigger-link snapshot cannot be read: {0}";
        public const string Description = "links.snapshot.json must be a JSON object with a \"links\" array (schema 1, or the raw Get Links response).";
    }

    internal static class SnapshotEntryIssue
    {
        public const string Id = "LNK101";
        public const RuleSeverity Severity = RuleSeverity.Warning;
        public const string Title = "A snapshot entry is unusable or suspicious";
        public const string Message = "Trigger-link snapshot: {0}";
        public const string Description = "An entry of links.snapshot.json has no id, a duplicate id, an id HighLevel would not issue, or a fieldKey that is not {{trigger_link.<id>}}.";
    }

    internal static class MemberRenamed
    {
        public const string Id = "LNK102";
        public const RuleSeverity Severity = RuleSeverity.Info;
        public const string Title = "A trigger link's member name was changed";
        public const string Message = "The trigger link '{0}' ({1}) is generated as {2} because {3}";
        public const string Description = "Member names are the PascalCase of the link's name; a name that would be invalid or would collide gets a prefix or the link's id appended.";
    }

    internal static class MemberNotInEveryLocation
    {
        public const string Id = "LNK104";
        public const RuleSeverity Severity = RuleSeverity.Info;
        public const string Title = "A trigger link is not in every location";
        public const string Message = "{0}: the member is in {1} but not in {2}";
        public const string Description = "In a snapshot of many locations, TriggerLinks.Location offers the links every location has; a link some locations lack is only on their own classes, or on Location as an obsolete property when it was renamed or deleted in some.";
    }

    internal static class OwnTriggerLinksType
    {
        public const string Id = "LNK005";
        public const RuleSeverity Severity = RuleSeverity.Error;
        public const string Title = "The project declares a type of the generated class's name";
        public const string Message = "'{0}' is declared here as {1}, so the class LinksGenerator generates from the snapshot cannot be: delete this declaration (the generated class holds the links' constants), make it a 'static partial class' to add members of your own, or set TriggerLinksNamespace to generate TriggerLinks in another namespace";
        public const string Description = "The generator emits a static partial class TriggerLinks in the configured namespace. A type of that name the project declares otherwise (an enum, a class without 'partial', a hand-written constants class) cannot be merged with it, so nothing is generated until it is removed, renamed or made partial.";
    }

    internal static class OwnMemberClash
    {
        public const string Id = "LNK006";
        public const RuleSeverity Severity = RuleSeverity.Error;
        public const string Title = "The project's own part of TriggerLinks declares a member the generated part has";
        public const string Message = "'{0}' is declared here in the project's own part of TriggerLinks, and the part generated from the snapshot has a member of that name ({1}), so nothing is generated: rename this member";
        public const string Description = "The project's own part of the class and the part generated from the snapshot are one class. A link created or renamed in HighLevel may get the name of a member the project wrote; the generator then names that member rather than generate a class the compiler rejects (CS0102) in a file that is not on disk.";
    }

    internal static class NamespaceHidesType
    {
        public const string Id = "LNK007";
        public const RuleSeverity Severity = RuleSeverity.Error;
        public const string Title = "The generated class's namespace would hide a type the project uses";
        public const string Message = "TriggerLinks would be generated in the namespace '{0}', which the project does not declare, and that namespace would hide the type '{1}' wherever the project's code names it '{2}' at the top level, so nothing is generated: set <TriggerLinksNamespace> in the project file to a namespace of another first name, such as {2}Links";
        public const string Description = "A project with top-level statements and no namespace of its own (a project named Reminder with a record Reminder, or one named Console) gets its first namespace from the generated class; its name would then mean the namespace where the code means the type, and the project's own code would stop compiling with errors that never mention the package.";
    }

    internal static class NamespaceNamedLikeClass
    {
        public const string Id = "LNK008";
        public const RuleSeverity Severity = RuleSeverity.Warning;
        public const string Title = "The generated class's namespace has a part named TriggerLinks";
        public const string Message = "TriggerLinks is generated in the namespace '{0}', which has a part named TriggerLinks: code outside it that writes TriggerLinks.<Member> finds the namespace '{1}' where it means the class, and fails with CS0234. Set <TriggerLinksNamespace> in the project file to a namespace without that part, such as {2}, and move the project's own code out of '{1}' too (code left in it finds that namespace as well); or reach the class from outside as global::{0}.TriggerLinks";
        public const string Description = "A project named TriggerLinks, or Acme.TriggerLinks, gets the class Acme.TriggerLinks.TriggerLinks: a namespace and a type of one name. Code in the enclosing namespace (in every namespace, when TriggerLinks is the first part) that names the class TriggerLinks finds the namespace first, with errors that never mention the package.";
    }

    internal static class LanguageTooOld
    {
        public const string Id = "LNK009";
        public const RuleSeverity Severity = RuleSeverity.Error;
        public const string Title = "The project's C# version is older than the generated class needs";
        public const string Message = "The project compiles C# {0}, and the TriggerLinks class generated from the snapshot needs C# {1} or later, so nothing is generated: set <LangVersion> in the project file to {1} or later, or remove it to take the SDK's default";
        public const string Description = "The generated class uses expression-bodied members and getter-only auto-properties, which C# 6 introduced. With an older <LangVersion> it would only add the compiler's feature errors, pointing into a file that is not on disk; hard-coded merge fields are still checked.";
    }

    internal static class TemplateLocationUnknown
    {
        public const string Id = "LNK010";
        public const RuleSeverity Severity = RuleSeverity.Error;
        public const string Title = "A template is listed for a location the snapshot does not have";
        public const string Message = "This template is listed for the location '{0}' (the Location of its TriggerLinksTemplate item), which the snapshot does not have, so its fields are judged against every location: {1}";
        public const string Description = "A TriggerLinksTemplate item's Location names the one location of a many-location snapshot whose links the template may use; a name the snapshot does not have (mistyped, or a location not pulled yet) cannot be checked.";
    }

    internal static class SnapshotMissing
    {
        public const string Id = "LNK103";
        public const RuleSeverity Severity = RuleSeverity.Warning;
        public const string Title = "No trigger-link snapshot found";
        public const string Message = "{0}";
        public const string Description = "The LinksGenerator package is referenced but no links.snapshot.json was found; TriggerLinks is empty and hard-coded merge fields are not checked.";
    }
}
