using LinksGenerator.Configuration;
using LinksGenerator.Loading;

namespace LinksGenerator.Generator;

/// <summary>Everything the source output needs; <see cref="Snapshot"/> is null when the project has no snapshot (LNK103).</summary>
internal sealed record GenerationModel(ProjectSettings Settings, LoadedSnapshot? Snapshot, SourceOptions SourceOptions);
