using System;
using System.Globalization;

namespace LinksGenerator.Tool.Output;

/// <summary>Durations the way people read them: "0.5 s", "2 s", "3 min", "3 min 20 s", "5 h 12 min".</summary>
internal static class Durations
{
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        if (span < TimeSpan.FromSeconds(10))
        {
            // One decimal, rounded up: a wait of 2.01 s must not be shown as shorter than the 2.1 s it is.
            // A duration too short for a tenth is still not nothing: "0.1 s", never "0 s".
            double tenths = Math.Ceiling(Math.Round(span.TotalSeconds * 10, 6));
            if (tenths == 0 && span > TimeSpan.Zero)
            {
                tenths = 1;
            }

            return (tenths / 10).ToString("0.#", CultureInfo.InvariantCulture) + " s";
        }

        if (span < TimeSpan.FromMinutes(2))
        {
            return Math.Ceiling(span.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
        }

        if (span < TimeSpan.FromHours(2))
        {
            // The seconds too, rounded up: twice --timeout 100 is "3 min 20 s", which "4 min" would overstate by 40 s.
            long seconds = (long)Math.Ceiling(Math.Round(span.TotalSeconds, 6));
            return seconds % 60 == 0
                ? (seconds / 60).ToString(CultureInfo.InvariantCulture) + " min"
                : $"{seconds / 60} min {seconds % 60} s";
        }

        long minutes = (long)Math.Ceiling(span.TotalMinutes);
        return $"{minutes / 60} h {minutes % 60} min";
    }
}
