using System;
using System.Collections.Generic;
using System.Linq;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>A location of a many-location snapshot to read from HighLevel: its name, its id, and what the file holds for it.</summary>
internal sealed record LocationChoice(string Name, string LocationId, StoredLocation Stored);

/// <summary>
/// Which locations of a many-location snapshot <c>pull</c> and <c>check</c> read: every one, or those named with
/// <c>--location</c> (<c>NAME=ID</c> adds or moves one, for <c>pull</c>; <c>NAME</c> names one the file has). Everything
/// that cannot work is a usage error before any request: <c>--location-id</c> with many locations, <c>--location</c> with
/// one (converting is a step of its own), unknown or repeated names, and locations the build could not generate.
/// </summary>
internal static class LocationSelection
{
    /// <summary>Where a location's id comes from, for advice when HighLevel refuses it.</summary>
    public const string IdOrigin = "--location or the snapshot";

    /// <summary>What splits <c>--location NAME=ID</c>: a location's name never holds it, or it could not be named there.</summary>
    public const char NameIdSeparator = '=';

    /// <param name="settings">The command line.</param>
    /// <param name="snapshot">The file as it is.</param>
    /// <param name="mayAdd">Whether <c>NAME=ID</c> may add a location or give one another id (<c>pull</c>), or only name one (<c>check</c>).</param>
    /// <param name="secrets">The tokens of the run: a <c>--location</c> value holding one is refused.</param>
    public static IReadOnlyList<LocationChoice> Choose(ConnectionSettings settings, LocalSnapshot snapshot, bool mayAdd, Redactor secrets)
    {
        foreach (string requested in settings.Locations)
        {
            // The name part, split where Parse splits it (the last '='): "Main=<token>=ID" would otherwise be checked as
            // "Main" and stored as the name "Main=<token>". An id that is a token is refused as an id, once the locations'
            // ids are known (LiveLocations).
            Configuration.NotAToken.RefuseAsName(secrets, NamePart(requested), "name in --location");
        }

        string path = snapshot.DisplayPath;
        if (settings.LocationId is not null)
        {
            throw ToolException.Usage(
                settings.Locations.Count > 0
                    ? "--location-id and --location do not go together: --location-id is for a snapshot of one location, --location for one of many"
                    : $"{path} holds many locations, and --location-id names one location of a one-location snapshot: " +
                      "pass --location NAME to read one of them (or none to read them all)" + (mayAdd ? ", or --location NAME=ID to add one" : ""));
        }

        if (snapshot.Exists && !snapshot.IsManyLocations)
        {
            string which = snapshot.LocationId is { } id ? $" ({id})" : "";
            throw ToolException.Usage(
                $"{path} holds one location{which}, and --location is for snapshots of many. To make it one of many, convert it first, once: " +
                $"'ghl-links convert --name NAME{SnapshotOption.Snapshot(path)}' keeps its links and history as location NAME (code then uses TriggerLinks.NAME.<Member>); " +
                $"then add the others with 'ghl-links pull --location NAME=ID{SnapshotOption.Output(path)}'");
        }

        if (snapshot.LocationProblems.Count > 0)
        {
            throw ToolException.Usage($"the locations of {path} cannot be generated ({Printable.Line(string.Join("; ", snapshot.LocationProblems))}): fix them by hand");
        }

        Dictionary<string, StoredLocation> stored = snapshot.Locations.ToDictionary(l => l.Name!, StringComparer.Ordinal);
        List<LocationChoice> chosen = settings.Locations.Count == 0
            ? snapshot.Locations.Select(l => new LocationChoice(l.Name!, l.LocationId!, l)).ToList()
            : Requested(settings, stored, path, mayAdd);
        if (chosen.Count == 0)
        {
            throw ToolException.Usage($"{path} holds no locations: add one with 'ghl-links pull --location NAME=ID{SnapshotOption.Output(path)}'");
        }

        RefuseUngeneratable(chosen, stored.Values);
        return chosen.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    private static List<LocationChoice> Requested(ConnectionSettings settings, Dictionary<string, StoredLocation> stored, string path, bool mayAdd)
    {
        var chosen = new Dictionary<string, LocationChoice>(StringComparer.Ordinal);
        foreach (string value in settings.Locations)
        {
            var (name, id) = Parse(value);
            if (!stored.TryGetValue(name, out StoredLocation? location) && (id is null || !mayAdd))
            {
                string known = stored.Count == 0 ? "it holds none" : "it holds " + string.Join(", ", stored.Keys.Order(StringComparer.Ordinal).Select(Printable.Line));

                // A name that differs only in letter case is that location mistyped: adding it would be refused as a
                // second class of the same name, so the advice is the name, not a new location.
                string? cased = stored.Keys.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
                string add = cased is not null ? $"did you mean {Printable.Quote(cased)}?"
                    : id is null ? $"to add it, pass --location {ShellWord.Of(name + "=ID")}"
                    : "pull adds it";
                throw ToolException.Usage($"{Printable.Quote(name)} is not a location of {path} ({known}): check the spelling; {add}");
            }

            if (!mayAdd && id is not null && !string.Equals(id, location!.LocationId, StringComparison.Ordinal))
            {
                // The id of another location of the file: a pull would refuse it too (one id under two names), so no pull is advised.
                string? holder = stored.Values.FirstOrDefault(other => string.Equals(other.LocationId, id, StringComparison.Ordinal))?.Name;
                throw ToolException.Usage(holder is not null
                    ? $"{Printable.Quote(name)} is location {location.LocationId} in {path}, not {id}, which is {Printable.Quote(holder)} there: check the name or the id"
                    : $"{Printable.Quote(name)} is location {location.LocationId} in {path}, not {id}: check compares the snapshot's own locations; " +
                      $"run 'ghl-links pull{(settings with { Locations = [value] }).AsArguments()}{SnapshotOption.Output(path)}' to change it");
            }

            if (!chosen.TryAdd(name, new LocationChoice(name, id ?? location!.LocationId!, location ?? StoredLocation.None(name))))
            {
                throw ToolException.Usage($"--location {Printable.Quote(name)} is given more than once: name each location once");
            }
        }

        return chosen.Values.ToList();
    }

    /// <summary>
    /// The names <c>--location</c> gives (each value's part before its last '=', trimmed), as <see cref="Choose"/> reads
    /// them, without judging them yet: <see cref="Choose"/> refuses a bad one, in its own order.
    /// </summary>
    public static IReadOnlySet<string> Names(ConnectionSettings settings) =>
        settings.Locations.Select(value => NamePart(value).Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The part of a <c>--location</c> value before its last '=' (all of it without one), as it was typed.</summary>
    private static string NamePart(string value) => value.LastIndexOf(NameIdSeparator) is var equals and >= 0 ? value[..equals] : value;

    /// <summary>
    /// "Downtown=ve9EPM428h8vShlRW1KT" or "Downtown". One '=' at most: "Downtown==ID" is a slip of the keyboard, not a
    /// location named "Downtown=", which could not be named again (its name would be split at its own '=').
    /// </summary>
    private static (string Name, string? Id) Parse(string value)
    {
        int equals = value.LastIndexOf(NameIdSeparator);
        if (value.IndexOf(NameIdSeparator) != equals)
        {
            throw ToolException.Usage($"--location {Printable.Quote(value)} has more than one '=': write --location NAME=ID, such as --location Downtown=ve9EPM428h8vShlRW1KT");
        }

        string name = NamePart(value).Trim();
        if (name.Length == 0)
        {
            throw ToolException.Usage($"--location {Printable.Quote(value)} has no name: write --location NAME=ID, such as --location Downtown=ve9EPM428h8vShlRW1KT");
        }

        return equals < 0 ? (name, null) : (name, Configuration.LocationId.Validate(value[(equals + 1)..], $"the id in --location {Printable.Quote(value)}"));
    }

    /// <summary>
    /// The snapshot as it will be, judged by names and ids alone: what the build could not make a class of, and names
    /// that would share a token variable, are refused now.
    /// </summary>
    private static void RefuseUngeneratable(List<LocationChoice> chosen, IEnumerable<StoredLocation> stored)
    {
        // Sorted by name, as the file will be, so the problems come in the order the build would report them.
        var after = new SortedDictionary<string, string>(stored.ToDictionary(l => l.Name!, l => l.LocationId!, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (LocationChoice choice in chosen)
        {
            after[choice.Name] = choice.LocationId;
        }

        IReadOnlyList<string> problems = LocationNames.Problems(after.Select(l => (l.Key, l.Value)));
        if (problems.Count > 0)
        {
            // Each problem says what to do (rename one, keep one): no advice of its own after them.
            throw ToolException.Usage($"the build could not generate these locations: {Printable.Line(string.Join("; ", problems))}");
        }

        Configuration.LocationTokens.RefuseSharedVariables(after.Keys);
    }
}
