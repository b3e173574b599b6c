using LinksGenerator.Collections;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;
using LinksGenerator.Loading;

namespace LinksGenerator.Generator;

/// <summary>
/// Everything the source output needs; <see cref="Snapshot"/> is null when the project has no snapshot (LNK103), and
/// <see cref="OwnTypeClashes"/> are the LNK005s of the project's own types that take the class's name and the LNK006s
/// of members of its own part that the generated part has too.
/// </summary>
internal sealed record GenerationModel(ProjectSettings Settings, LoadedSnapshot? Snapshot, SourceOptions SourceOptions, EquatableArray<DiagnosticInfo> OwnTypeClashes);
