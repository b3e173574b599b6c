using System;
using System.Collections.Generic;

namespace LinksGenerator.Tool.Commands;

/// <summary>
/// The options <c>pull</c> and <c>check</c> share, as given on the command line (nothing resolved yet).
/// <see cref="Locations"/> holds each <c>--location</c> as written (<c>NAME=ID</c> or <c>NAME</c>).
/// </summary>
internal sealed record ConnectionSettings(
    string? LocationId,
    string BaseUrl,
    string TokenVariable,
    TimeSpan Timeout,
    IReadOnlyList<string> Locations,
    string? CompanyId);
