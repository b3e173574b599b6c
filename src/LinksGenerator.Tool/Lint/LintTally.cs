using System.Collections.Generic;
using LinksGenerator.Rules;

namespace LinksGenerator.Tool.Lint;

/// <summary>
/// The counts behind lint's last line and its exit code: findings by severity (warnings as errors when asked), and how
/// many of the files checked had any.
/// </summary>
internal sealed class LintTally
{
    private readonly bool _warningsAsErrors;
    private int _errors;
    private int _warnings;
    private int _infos;
    private int _filesWithFindings;

    public LintTally(bool warningsAsErrors) => _warningsAsErrors = warningsAsErrors;

    public bool HasErrors => _errors > 0;

    /// <summary>The severity a finding is printed and counted with.</summary>
    public RuleSeverity SeverityOf(RuleSeverity rule) => _warningsAsErrors && rule == RuleSeverity.Warning ? RuleSeverity.Error : rule;

    public void CountFile(IReadOnlyCollection<RuleSeverity> findings)
    {
        if (findings.Count > 0)
        {
            _filesWithFindings++;
        }

        foreach (RuleSeverity severity in findings)
        {
            switch (severity)
            {
                case RuleSeverity.Error: _errors++; break;
                case RuleSeverity.Warning: _warnings++; break;
                default: _infos++; break;
            }
        }
    }

    /// <summary>"3 errors and 1 warning in 2 of 5 template files", or "No trigger-link problems in 5 template files".</summary>
    public string Summary(int files)
    {
        var parts = new List<string>();
        Add(parts, _errors, "error", "errors");
        Add(parts, _warnings, "warning", "warnings");
        Add(parts, _infos, "info finding", "info findings");
        string checkedFiles = files == 1 ? "template file" : "template files";
        if (parts.Count == 0)
        {
            return $"No trigger-link problems in {files} {checkedFiles}";
        }

        string counts = parts.Count == 1 ? parts[0] : string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[^1];
        return $"{counts} in {_filesWithFindings} of {files} {checkedFiles}";
    }

    private static void Add(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add($"{count} {(count == 1 ? one : many)}");
        }
    }
}
