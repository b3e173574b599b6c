using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using R = LinksGenerator.Rules.TriggerLinkRules;

namespace LinksGenerator.Diagnostics;

/// <summary>
/// Every diagnostic the package reports, made of the rule constants in <see cref="R"/> (ids, words and severities live
/// there, shared with <c>ghl-links</c>). Each has a page under docs/rules/ and a help link to it (<see cref="R.HelpLink"/>).
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnknownTriggerLink = Create(
        R.UnknownTriggerLink.Id, R.UnknownTriggerLink.Title, R.UnknownTriggerLink.Message, R.UsageCategory, (DiagnosticSeverity)R.UnknownTriggerLink.Severity, R.UnknownTriggerLink.Description);

    public static readonly DiagnosticDescriptor KnownTriggerLink = Create(
        R.KnownTriggerLink.Id, R.KnownTriggerLink.Title, R.KnownTriggerLink.Message, R.UsageCategory, (DiagnosticSeverity)R.KnownTriggerLink.Severity, R.KnownTriggerLink.Description);

    public static readonly DiagnosticDescriptor MalformedTriggerLink = Create(
        R.MalformedTriggerLink.Id, R.MalformedTriggerLink.Title, R.MalformedTriggerLink.Message, R.UsageCategory, (DiagnosticSeverity)R.MalformedTriggerLink.Severity, R.MalformedTriggerLink.Description);

    public static readonly DiagnosticDescriptor DeletedTriggerLink = Create(
        R.DeletedTriggerLink.Id, R.DeletedTriggerLink.Title, R.DeletedTriggerLink.Message, R.UsageCategory, (DiagnosticSeverity)R.DeletedTriggerLink.Severity, R.DeletedTriggerLink.Description);

    public static readonly DiagnosticDescriptor SnapshotUnreadable = Create(
        R.SnapshotUnreadable.Id, R.SnapshotUnreadable.Title, R.SnapshotUnreadable.Message, R.SnapshotCategory, (DiagnosticSeverity)R.SnapshotUnreadable.Severity, R.SnapshotUnreadable.Description);

    public static readonly DiagnosticDescriptor SnapshotEntryIssue = Create(
        R.SnapshotEntryIssue.Id, R.SnapshotEntryIssue.Title, R.SnapshotEntryIssue.Message, R.SnapshotCategory, (DiagnosticSeverity)R.SnapshotEntryIssue.Severity, R.SnapshotEntryIssue.Description);

    public static readonly DiagnosticDescriptor MemberRenamed = Create(
        R.MemberRenamed.Id, R.MemberRenamed.Title, R.MemberRenamed.Message, R.SnapshotCategory, (DiagnosticSeverity)R.MemberRenamed.Severity, R.MemberRenamed.Description);

    public static readonly DiagnosticDescriptor MemberNotInEveryLocation = Create(
        R.MemberNotInEveryLocation.Id, R.MemberNotInEveryLocation.Title, R.MemberNotInEveryLocation.Message, R.SnapshotCategory, (DiagnosticSeverity)R.MemberNotInEveryLocation.Severity, R.MemberNotInEveryLocation.Description);

    public static readonly DiagnosticDescriptor OwnTriggerLinksType = Create(
        R.OwnTriggerLinksType.Id, R.OwnTriggerLinksType.Title, R.OwnTriggerLinksType.Message, R.UsageCategory, (DiagnosticSeverity)R.OwnTriggerLinksType.Severity, R.OwnTriggerLinksType.Description);

    public static readonly DiagnosticDescriptor OwnMemberClash = Create(
        R.OwnMemberClash.Id, R.OwnMemberClash.Title, R.OwnMemberClash.Message, R.UsageCategory, (DiagnosticSeverity)R.OwnMemberClash.Severity, R.OwnMemberClash.Description);

    public static readonly DiagnosticDescriptor NamespaceHidesType = Create(
        R.NamespaceHidesType.Id, R.NamespaceHidesType.Title, R.NamespaceHidesType.Message, R.UsageCategory, (DiagnosticSeverity)R.NamespaceHidesType.Severity, R.NamespaceHidesType.Description);

    public static readonly DiagnosticDescriptor NamespaceNamedLikeClass = Create(
        R.NamespaceNamedLikeClass.Id, R.NamespaceNamedLikeClass.Title, R.NamespaceNamedLikeClass.Message, R.UsageCategory, (DiagnosticSeverity)R.NamespaceNamedLikeClass.Severity, R.NamespaceNamedLikeClass.Description);

    public static readonly DiagnosticDescriptor LanguageTooOld = Create(
        R.LanguageTooOld.Id, R.LanguageTooOld.Title, R.LanguageTooOld.Message, R.UsageCategory, (DiagnosticSeverity)R.LanguageTooOld.Severity, R.LanguageTooOld.Description);

    public static readonly DiagnosticDescriptor TemplateLocationUnknown = Create(
        R.TemplateLocationUnknown.Id, R.TemplateLocationUnknown.Title, R.TemplateLocationUnknown.Message, R.UsageCategory, (DiagnosticSeverity)R.TemplateLocationUnknown.Severity, R.TemplateLocationUnknown.Description);

    public static readonly DiagnosticDescriptor SnapshotMissing = Create(
        R.SnapshotMissing.Id, R.SnapshotMissing.Title, R.SnapshotMissing.Message, R.SnapshotCategory, (DiagnosticSeverity)R.SnapshotMissing.Severity, R.SnapshotMissing.Description);

    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        UnknownTriggerLink, KnownTriggerLink, MalformedTriggerLink, DeletedTriggerLink, SnapshotUnreadable, SnapshotEntryIssue, MemberRenamed, MemberNotInEveryLocation, OwnTriggerLinksType, OwnMemberClash, NamespaceHidesType, NamespaceNamedLikeClass, LanguageTooOld, TemplateLocationUnknown, SnapshotMissing,
    }.ToDictionary(d => d.Id);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: R.HelpLink(id));
}
