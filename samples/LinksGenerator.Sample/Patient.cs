namespace AcmeDental.Messaging;

/// <summary>The recipient of a message.</summary>
public sealed record Patient(string FirstName, string Email);
