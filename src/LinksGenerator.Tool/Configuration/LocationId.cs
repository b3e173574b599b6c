using System;
using System.IO;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Configuration;

/// <summary>
/// Which location to ask for: <c>--location-id</c>, else <c>GHL_LOCATION_ID</c>, else the existing snapshot's
/// <c>locationId</c> (so <c>ghl-links pull</c> alone refreshes the snapshot). Checked before it goes into a URL.
/// </summary>
internal static class LocationId
{
    public const string EnvironmentVariable = "GHL_LOCATION_ID";

    public const string WhereToFindIt = "find it in HighLevel under Settings > Business Profile, or in the address bar of the sub-account (…/location/<id>/…)";

    /// <summary>Returns the trimmed id, or throws a usage error naming <paramref name="source"/>.</summary>
    public static string Validate(string value, string source)
    {
        string id = value.Trim();

        // Location ids are opaque like link ids, and follow their rule (HighLevel's are 20 letters and digits).
        if (!MergeField.IsValidId(id))
        {
            throw ToolException.Usage($"{source} is {Output.Printable.Quote(value)}, which is not a HighLevel location id ({MergeField.IdRule}): {WhereToFindIt}");
        }

        return id;
    }

    public static string Resolve(string? option, Func<string, string?> getEnvironmentVariable, LocalSnapshot snapshot)
    {
        if (option is not null)
        {
            return Validate(option, "--location-id");
        }

        if (getEnvironmentVariable(EnvironmentVariable) is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Validate(fromEnvironment, EnvironmentVariable);
        }

        if (snapshot.LocationId is { } fromSnapshot)
        {
            return Validate(fromSnapshot, $"the locationId in {snapshot.DisplayPath}");
        }

        string why = snapshot switch
        {
            { Problem: { } problem } => $"{snapshot.DisplayPath} cannot be read ({problem}), so its locationId is unknown",
            { IsReadable: true } => $"{snapshot.DisplayPath} does not say which location it is for (no single locationId)",
            _ when SnapshotSearch.BuildUsesInstead(Path.GetDirectoryName(snapshot.FullPath)!, snapshot.DisplayPath) is { } above =>
                $"there is no snapshot at {snapshot.DisplayPath} in this folder to take it from (a project here builds with {above}: run pull in its folder, or pass --output {above})",
            _ => $"there is no snapshot at {snapshot.DisplayPath} to take it from",
        };
        throw ToolException.Usage($"no location id: {why}. Pass --location-id ID or set {EnvironmentVariable}; {WhereToFindIt}");
    }
}
