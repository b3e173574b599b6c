using System;
using System.IO;
using LinksGenerator.Snapshot;
using LinksGenerator.Tool.Output;
using LinksGenerator.Tool.Storage;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// <c>ghl-links convert --name NAME</c>: rewrites a one-location snapshot as a snapshot of many locations holding just that
/// one, under NAME, with its links and history as they are; no request, and atomically like <c>pull</c>. A step of its
/// own, never a side effect of <c>pull</c>, because it changes every member's path in code (<c>TriggerLinks.X</c>
/// becomes <c>TriggerLinks.NAME.X</c>).
/// </summary>
internal static class ConvertCommand
{
    public static ExitCode Run(string name, string path, ToolHost host, Reporter reporter, System.Threading.CancellationToken cancellationToken)
    {
        Configuration.NotAToken.RefuseAsName(reporter.Redactor, name, "--name");
        LocalSnapshot.RefuseNotAFile(host.WorkingDirectory, path, "--snapshot");
        LocalSnapshot snapshot = LocalSnapshot.Load(host.WorkingDirectory, path, cancellationToken: cancellationToken);
        if (!snapshot.Exists)
        {
            throw ToolException.Usage($"there is no snapshot at {path} to convert: to start a snapshot of many locations, run 'ghl-links pull --location NAME=ID{SnapshotOption.Output(path)}'");
        }

        NewerSnapshot.Refuse(snapshot);

        if (snapshot.Problem is { } problem)
        {
            throw ToolException.Usage($"{path} cannot be read as a snapshot ({problem}): fix it first; the file is untouched");
        }

        if (snapshot.IsManyLocations)
        {
            throw ToolException.Usage($"{path} already holds many locations: add more with 'ghl-links pull --location NAME=ID{SnapshotOption.Output(path)}'; the file is untouched");
        }

        if (snapshot.LocationId is not { } locationId)
        {
            throw ToolException.Usage($"{path} does not say which location it is for (no single locationId): run 'ghl-links pull --location-id ID{SnapshotOption.Output(path)}' first; the file is untouched");
        }

        // The file's id, not the name, is what would be wrong: said before the name is judged with it.
        Configuration.LocationId.Validate(locationId, $"the locationId in {path}");
        BrokenHistory.Refuse(snapshot, reporter);
        string trimmed = name.Trim();
        if (LocationNames.Problems([(trimmed, locationId)]) is { Count: > 0 } problems)
        {
            throw ToolException.Usage($"--name {Printable.Quote(name)} cannot be a location's name ({Printable.Line(string.Join("; ", problems))}): choose another");
        }

        if (trimmed.Contains(LocationSelection.NameIdSeparator, StringComparison.Ordinal))
        {
            throw ToolException.Usage($"--name {Printable.Quote(name)} cannot be a location's name (it holds '=', where --location NAME=ID splits): choose another");
        }

        StoredLocation location = snapshot.Single;
        TokensInSnapshot.Refuse(reporter.Redactor, path, location: null, locationId, location.Entries, location.DeletedEntries, "convert");
        var converted = new SnapshotLocationEntry(trimmed, locationId, location.Entries, location.DeletedEntries);
        try
        {
            AtomicFile.Replace(snapshot.FullPath, unlessSame: false, stream => SnapshotBytes.Write(stream, [converted]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ToolException.Usage($"could not write {path} ({e.Message}); the existing file is untouched. Check its permissions");
        }

        string className = Catalog.MemberNamer.LocationClassName(trimmed)!;
        string history = location.HasHistory ? ", with its history" : "";
        reporter.Result($"Converted {path} to a snapshot of many locations: {Printable.Line(trimmed)} is location {locationId}, {LiveLocations.Links(location.Entries.Count)}{history}");
        reporter.Result($"  Code reaches its links as {Catalog.MemberNamer.ClassName}.{className}.<Member> now, no longer {Catalog.MemberNamer.ClassName}.<Member>.");
        reporter.Result($"  Add the other locations with 'ghl-links pull --location NAME=ID{SnapshotOption.Output(path)}'.");
        return ExitCode.Success;
    }
}
