namespace CityDental.Messaging;

/// <summary>A clinic of the group: which HighLevel location (sub-account) sends its messages.</summary>
public sealed record Clinic(string DisplayName, string HighLevelLocationId);
