namespace LinksGenerator.Common
{
    /// <summary>The public diagnostic ids (see CONTRACT.md and docs/rules/).</summary>
    internal static class DiagnosticIds
    {
        public const string UnknownTriggerLink = "LNK001";
        public const string KnownTriggerLink = "LNK002";
        public const string MalformedTriggerLink = "LNK003";
        public const string SnapshotUnreadable = "LNK100";
        public const string SnapshotEntryIssue = "LNK101";
        public const string MemberRenamed = "LNK102";
        public const string SnapshotMissing = "LNK103";
    }
}
