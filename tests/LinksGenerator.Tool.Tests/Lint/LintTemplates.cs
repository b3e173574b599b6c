using System.Text;
using LinksGenerator.Tool.Tests.Scenarios;

namespace LinksGenerator.Tool.Tests.Lint;

/// <summary>
/// Templates for the lint tests, checked against <see cref="HistoryFlow.RenamedSnapshot"/> (live: the first tag link and
/// the referral link; deleted: Zebra offer), with the exact lines lint must print for them.
/// </summary>
internal static class LintTemplates
{
    public const string OneLocationSnapshot = HistoryFlow.RenamedSnapshot;

    /// <summary>A known link, an unknown one, percent-encoded braces and a deleted link, one per line.</summary>
    public const string Welcome =
        "<p>Hi {{contact.first_name}},</p>\n" +
        "<a href=\"{{trigger_link.n4AriwEnFrGh3tu08W0U}}\">spring</a>\n" +
        "<a href=\"{{trigger_link.deadDeadDead000000000}}\">dead</a>\n" +
        "<a href=\"%7B%7Btrigger_link.sTpkr0cStY4qWB8dWKnH%7D%7D\">refer</a>\n" +
        "<p>{{ trigger_link.zz9QpLmN0bVcXa1sDfGh }}</p>\n";

    /// <summary>Single braces: a warning only.</summary>
    public const string Sms = "Refer a friend: {trigger_link.sTpkr0cStY4qWB8dWKnH}\n";

    /// <summary>Only good links.</summary>
    public const string Clean = "Book here: {{trigger_link.sTpkr0cStY4qWB8dWKnH}}\n";

    /// <summary>What the build, and so lint, prints after a rule's message: its page.</summary>
    public const string HelpLinks = " (https://github.com/LinksGenerator/LinksGenerator/blob/main/docs/rules/";

    public const string Unknown = "error LNK001: The trigger link 'deadDeadDead000000000' is not in the snapshot of location ve9EPM428h8vShlRW1KT: the customer would get a dead link" + HelpLinks + "LNK001.md)";

    public const string Percent =
        "warning LNK003: '%7B%7Btrigger_link.sTpkr0cStY4qWB8dWKnH%7D%7D' is not a valid trigger-link merge field: its braces are percent-encoded (%7B%7B…%7D%7D), " +
        "as editors write them inside a link's address, and HighLevel sends such a field as text; write {{trigger_link.<id>}} with plain braces" + HelpLinks + "LNK003.md)";

    public const string Deleted = "error LNK004: The trigger link 'Zebra offer' (zz9QpLmN0bVcXa1sDfGh) was deleted from HighLevel: the customer would get a dead link" + HelpLinks + "LNK004.md)";

    public const string SingleBraces =
        "warning LNK003: '{trigger_link.sTpkr0cStY4qWB8dWKnH}' is not a valid trigger-link merge field: HighLevel only replaces fields written with double braces, {{trigger_link.<id>}}" + HelpLinks + "LNK003.md)";

    /// <summary>The lines lint prints for <see cref="Welcome"/> at <paramref name="path"/>.</summary>
    public static string[] WelcomeLines(string path) =>
        [$"{path}(3,10): {Unknown}", $"{path}(4,10): {Percent}", $"{path}(5,4): {Deleted}"];

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
