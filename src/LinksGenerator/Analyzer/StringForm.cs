namespace LinksGenerator.Analyzer;

/// <summary>How a piece of string text is spelled in source, which decides how its value is decoded and how a fix may rewrite it.</summary>
internal enum StringForm
{
    Regular,
    Verbatim,
    Raw,
    Utf8,
    InterpolatedRegular,
    InterpolatedVerbatim,
    InterpolatedRaw,
}
