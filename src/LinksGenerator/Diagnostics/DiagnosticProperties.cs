namespace LinksGenerator.Diagnostics;

/// <summary>Keys of the properties LNK002 carries to its code fix (which lives in another assembly).</summary>
internal static class DiagnosticProperties
{
    /// <summary>The generated member holding the field, e.g. <c>FirstTag</c>.</summary>
    public const string MemberName = nameof(MemberName);

    /// <summary>The generated class, fully qualified: <c>global::Acme.TriggerLinks</c>.</summary>
    public const string ClassName = nameof(ClassName);

    /// <summary>"true" when a value-preserving rewrite exists for this occurrence.</summary>
    public const string Fixable = nameof(Fixable);
}
