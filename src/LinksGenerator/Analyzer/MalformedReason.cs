namespace LinksGenerator.Analyzer;

/// <summary>Why a trigger-link merge field is malformed, in the words LNK003 uses.</summary>
internal static class MalformedReason
{
    public const string SingleBraces = "HighLevel only replaces fields written with double braces, {{trigger_link.<id>}}";
    public const string Unbalanced = "its braces are unbalanced; write {{trigger_link.<id>}}";
    public const string NotClosed = "it is not closed with }}";
    public const string NotOpened = "it is not opened with {{";
    public const string NoId = "it has no link id after 'trigger_link.'";
    public const string BadIdCharacter = "a link id has only letters, digits, '_' and '-'";

    /// <summary>The most common slip: in $"…" a doubled brace is an escape, so the value has single braces.</summary>
    public const string InterpolationEscape = "in an interpolated string {{ is an escaped {, so the message gets single braces; write {{{{trigger_link.<id>}}}} or use the TriggerLinks constant in a hole";
}
