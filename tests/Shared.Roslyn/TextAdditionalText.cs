using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LinksGenerator.Testing;

/// <summary>
/// An additional file held in memory, its <see cref="SourceText"/> made once: the same instance every time it is asked
/// for, as the IDE hands it out, so caches keyed by the text instance behave as they do there.
/// </summary>
public sealed class TextAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
