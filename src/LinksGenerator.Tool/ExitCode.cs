namespace LinksGenerator.Tool;

/// <summary>The exit codes docs/ghl-links.md lists: scripts and CI branch on these, so their meaning never changes.</summary>
internal enum ExitCode
{
    /// <summary>Done, or the snapshot is up to date.</summary>
    Success = 0,

    /// <summary><c>check</c> found the snapshot stale; for <c>lint</c>, a template has an error (either way: fix it and commit).</summary>
    Stale = 1,

    /// <summary>Usage or configuration error: missing token or location, bad option, unreadable snapshot, no template file matched.</summary>
    UsageError = 2,

    /// <summary>HighLevel refused the request: 401, 403, or another 4xx except 429.</summary>
    Refused = 3,

    /// <summary>HighLevel or the network failed after retries (429 included), or the answer was not a Links response.</summary>
    Failed = 4,

    /// <summary>Cancelled (Ctrl+C): 128 + SIGINT, as shells report it; the snapshot is untouched.</summary>
    Cancelled = 130,
}
