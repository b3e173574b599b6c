using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;
using LinksGenerator.Loading;

namespace LinksGenerator.Generator;

/// <summary>
/// Everything the source output needs; <see cref="Snapshot"/> is null when the project has no snapshot (LNK103), and
/// <see cref="OwnTypeClash"/> is the LNK005 of a type of the project's own that takes the class's name.
/// </summary>
internal sealed record GenerationModel(ProjectSettings Settings, LoadedSnapshot? Snapshot, SourceOptions SourceOptions, DiagnosticInfo? OwnTypeClash);
