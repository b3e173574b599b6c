using System;
using System.Globalization;

namespace LinksGenerator.Tool.Timing;

/// <summary>
/// The test-only environment variable <c>GHL_LINKS_TEST_DELAY_SCALE</c>: a factor in (0, 1] that shortens the real retry
/// waits of the installed tool, so its end-to-end tests need no multi-second sleeps. The tool still decides and prints
/// the full wait ("retrying in 10 s"); only the sleeping is shortened, and a note on standard error says so.
/// </summary>
internal static class DelayScale
{
    public const string VariableName = "GHL_LINKS_TEST_DELAY_SCALE";

    public static TimeProvider Apply(TimeProvider clock, string? value, Action<string> note)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return clock;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double scale) || !(scale > 0) || scale > 1)
        {
            throw ToolException.Usage($"{VariableName} is '{value}': it must be a number greater than 0 and at most 1 (it exists for tests; unset it for real use)");
        }

        if (scale < 1)
        {
            note($"note: {VariableName}={value.Trim()} shortens real retry waits by that factor (test-only; unset it for real use)");
        }

        return scale == 1 ? clock : new ScaledDelayTimeProvider(clock, scale);
    }
}
