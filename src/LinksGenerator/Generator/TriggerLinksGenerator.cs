using System.Collections.Generic;
using System.Collections.Immutable;
using LinksGenerator.Configuration;
using LinksGenerator.Diagnostics;
using LinksGenerator.Loading;
using LinksGenerator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Generator;

/// <summary>
/// Generates <c>TriggerLinks</c> from the snapshot AdditionalFile. The pipeline reads AdditionalTexts and options; of the
/// compilation it asks only two lookups whose answers are small values (a type the many-location code may use, and the
/// project's own declaration of the class), so editing C# code re-runs those and nothing after them; every model is
/// value-equatable, so editing the snapshot re-runs only what depends on it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TriggerLinksGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The configured path is read once per options snapshot, a string, so new options with the same path re-run nothing.
        IncrementalValueProvider<string?> configuredSnapshot = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ProjectSettings.ConfiguredSnapshotOf(options.GlobalOptions));

        // Classify and parse in one step: its inputs are Roslyn's own AdditionalText objects and the configured path, its
        // output a value-equatable record; files that are not a snapshot yield nothing.
        IncrementalValueProvider<LoadedSnapshot?> chosenSnapshot = context.AdditionalTextsProvider
            .Combine(configuredSnapshot)
            .SelectMany(static (pair, cancellationToken) =>
            {
                SnapshotFileKind kind = SnapshotFiles.Classify(pair.Left.Path, pair.Right);
                return kind == SnapshotFileKind.None
                    ? ImmutableArray<LoadedSnapshot>.Empty
                    : ImmutableArray.Create(SnapshotLoader.Load(pair.Left, kind, cancellationToken));
            })
            .WithTrackingName(TrackingNames.LoadedSnapshots)
            .Collect()
            .Select(static (parsed, _) => SnapshotFiles.Choose(parsed, p => p.Kind, p => p.Path))
            .WithTrackingName(TrackingNames.ChosenSnapshot);

        IncrementalValueProvider<ProjectSettings> settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ProjectSettings.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        // What the project's compiler accepts, where a many-location class has a choice. Looking a type up in the
        // compilation loads metadata, so only a many-location snapshot pays for it; the result is a boolean, so every
        // step after this one stays cached while the compilation changes.
        IncrementalValueProvider<SourceOptions> sourceOptions = context.ParseOptionsProvider
            .Select(static (options, _) => (Nullable: options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 }, Older: SourceOptions.OlderThanMinimum(options)))
            .Combine(chosenSnapshot.Select(static (snapshot, _) => snapshot?.Catalog?.ManyLocations == true).Combine(context.CompilationProvider)
                .Select(static (pair, _) => pair.Left && HasAccessible(pair.Right, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute")))
            .Select(static (pair, _) => new SourceOptions(pair.Left.Nullable, pair.Right, OlderLanguage: pair.Left.Older))
            .WithTrackingName(TrackingNames.SourceOptions);

        // The project's own declaration of the class, if any: looked up among its own types only, a lookup in the
        // declarations the compiler builds anyway. The compilation changes with every edit; the answer seldom does.
        IncrementalValueProvider<OwnDeclaration> ownDeclaration = settings
            .Select(static (settings, _) => settings.Namespace)
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => OwnDeclaration.Find(pair.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.OwnDeclaration);

        IncrementalValueProvider<GenerationModel> model = settings
            .Combine(chosenSnapshot)
            .Combine(sourceOptions.Combine(ownDeclaration))
            .Select(static (pair, _) => new GenerationModel(
                pair.Left.Left,
                pair.Left.Right,
                pair.Right.Left with { StatesPublic = !pair.Right.Right.StatesAccessibility },
                pair.Right.Right.ClashesWith(pair.Left.Right?.Catalog)))
            .WithTrackingName(TrackingNames.Model);

        context.RegisterSourceOutput(model, static (output, model) => Emit(output, model));

        // LNK005-LNK007 point into the project's own code, where .editorconfig sections and #pragma must reach them, and
        // they only do at a location in the compilation's syntax tree, which a value-equatable model cannot hold: the tree
        // is found by its path here, the one output that takes the trees. There is seldom a clash, and no clash is no item,
        // so editing code re-runs nothing; while there is one, each edit reports it again, as the tree may have moved.
        IncrementalValuesProvider<DiagnosticInfo> clashes = model
            .SelectMany(static (model, _) => (IEnumerable<DiagnosticInfo>)model.OwnTypeClashes)
            .WithTrackingName(TrackingNames.Clashes);
        IncrementalValueProvider<CompilationTrees> trees = context.CompilationProvider
            .Select(static (compilation, _) => new CompilationTrees(compilation.SyntaxTrees.ToImmutableArray()));
        context.RegisterSourceOutput(clashes.Combine(trees), static (output, pair) => output.ReportDiagnostic(pair.Left.ToDiagnostic(pair.Right.All)));
    }

    private static void Emit(SourceProductionContext output, GenerationModel model)
    {
        LoadedSnapshot? snapshot = model.Snapshot;
        if (snapshot is null)
        {
            output.ReportDiagnostic(DiagnosticInfo.WithoutLocation(TriggerLinkRules.SnapshotMissing.Id, MissingSnapshotMessage(model.Settings)).ToDiagnostic());
        }
        else
        {
            foreach (DiagnosticInfo diagnostic in snapshot.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        // The project's own type of that name cannot be merged with the class (LNK005), nor can a member of its own part that
        // the generated part has too (LNK006): generating it anyway would only add the compiler's errors about it, pointing
        // into a generated file. (Each is reported at its place in the code, below Initialize's last step.)
        if (model.OwnTypeClashes.Count > 0)
        {
            return;
        }

        // Older C# than the class needs would only get the compiler's errors about features, pointing into a generated file.
        if (model.SourceOptions.OlderLanguage is { } olderLanguage)
        {
            output.ReportDiagnostic(DiagnosticInfo.WithoutLocation(TriggerLinkRules.LanguageTooOld.Id, olderLanguage, SourceOptions.MinimumLanguage.ToDisplayString()).ToDiagnostic());
            return;
        }

        if (ClassNamedNamespace.Find(model.Settings.Namespace) is { } namespaceWarning)
        {
            output.ReportDiagnostic(namespaceWarning.ToDiagnostic());
        }

        // The class exists even without a usable snapshot, so code that uses it fails on the missing member, not the type.
        string source = TriggerLinksSourceWriter.Write(model.Settings.Namespace, snapshot?.Catalog, model.SourceOptions);
        output.AddSource(TriggerLinksSourceWriter.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
    }

    /// <summary>
    /// Whether exactly one type of that name is accessible, so the generated code's fully qualified name binds: a second
    /// public one (a polyfill another library shipped public) would make it error CS0433.
    /// </summary>
    private static bool HasAccessible(Compilation compilation, string metadataName)
    {
        int accessible = 0;
        foreach (INamedTypeSymbol type in compilation.GetTypesByMetadataName(metadataName))
        {
            accessible += compilation.IsSymbolAccessibleWithin(type, compilation.Assembly) ? 1 : 0;
        }

        return accessible == 1;
    }

    private static string MissingSnapshotMessage(ProjectSettings settings)
    {
        const string Remedy = "run 'dotnet ghl-links pull --location-id <id>' to create it, or set the TriggerLinksSnapshot property to its path. TriggerLinks is empty and hard-coded trigger links are not checked.";
        if (settings.ConfiguredSnapshot is { } configured)
        {
            // The pull the advice names writes where the project reads, not links.snapshot.json in the current folder.
            // The build cannot tell which (no file system here): a folder's way out is a file in it.
            return $"The trigger-link snapshot '{configured}' (TriggerLinksSnapshot) does not exist or is a folder: run 'dotnet ghl-links pull --location-id <id> --output \"{configured}\"' " +
                   "to create it (in a folder that exists: create the folder first if it does not), or correct the TriggerLinksSnapshot property (for a folder, name the file in it, such as links.snapshot.json). TriggerLinks is empty and hard-coded trigger links are not checked.";
        }

        if (settings.ProjectDirectory is not { } directory)
        {
            // The package's targets always pass the project folder: without it they did not run, so nothing looked.
            return "No trigger-link snapshot reached the compiler, because the LinksGenerator package's build files did not run in this project " +
                   "(a PackageReference whose IncludeAssets or ExcludeAssets leaves out 'build' and 'buildTransitive'?): reference the package with its build assets, " +
                   "or add links.snapshot.json as an AdditionalFiles item. TriggerLinks is empty and hard-coded trigger links are not checked.";
        }

        return $"No links.snapshot.json was found in '{directory}' or any folder above it: {Remedy}";
    }
}
