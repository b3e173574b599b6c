namespace LinksGenerator.Fields;

/// <summary>Why a trigger-link merge field is malformed, in the words LNK003 uses: each says why HighLevel will not replace it.</summary>
internal static class MalformedReason
{
    public const string SingleBraces = "HighLevel only replaces fields written with double braces, {{trigger_link.<id>}}";
    public const string Unbalanced = "its braces are unbalanced, so HighLevel does not see a field; write {{trigger_link.<id>}}";
    public const string NotClosed = "it is not closed with }}, so HighLevel does not see a field";
    public const string NotOpened = "it is not opened with {{, so HighLevel does not see a field";
    public const string NoId = "it has no link id after 'trigger_link.', so there is no link to put there";
    public const string SpaceBeforeDot = "it has a space or another character between 'trigger_link' and the dot, so HighLevel does not see a field; write {{trigger_link.<id>}}";
    public const string OtherWhiteSpace = "only plain spaces may stand between its braces and the name, and it has a tab, a line break, another kind of space, an HTML entity for one (&nbsp;) or an invisible character there, so HighLevel does not see a field";
    public const string BadIdCharacter = "a link id has only ASCII letters, digits, '_' and '-', so HighLevel does not see a field";

    /// <summary>The most common slip: in $"…" a doubled brace is an escape, so the value has single braces.</summary>
    public const string CompositeFormatEscape = "in a format string (string.Format, AppendFormat, WriteLine with arguments) {{ is an escaped {, so the message gets single braces; pass the TriggerLinks constant as an argument ({0}) or write {{{{trigger_link.<id>}}}}";

    public const string InterpolationEscape = "in an interpolated string {{ is an escaped {, so the message gets single braces; write {{{{trigger_link.<id>}}}} or use the TriggerLinks constant in a hole";

    /// <summary>What a visual editor does to braces inside a link's address.</summary>
    public const string PercentEncoded = "its braces are percent-encoded (%7B%7B…%7D%7D), as editors write them inside a link's address, and HighLevel sends such a field as text; write {{trigger_link.<id>}} with plain braces";

    /// <summary>What an HTML editor does to braces in text.</summary>
    public const string EntityEncoded = "its braces are HTML entities (&#123;, &#x7B; or &lbrace;), and HighLevel sends such a field as text; write {{trigger_link.<id>}} with plain braces";
}
