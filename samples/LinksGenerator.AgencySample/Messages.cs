namespace CityDental.Messaging;

/// <summary>
/// Message bodies that serve every clinic. The clinic's HighLevel location is known only at run time, so the links come
/// from <c>TriggerLinks.ForLocation</c>: "Book a Call" exists in every location (with a different id in each), so it is a
/// property of <c>TriggerLinks.Location</c>. A link only one location has is used through that location's class.
/// </summary>
public static class Messages
{
    public static string BookingReminderSms(Clinic clinic, string firstName) =>
        $"Hi {firstName}, it's time for your check-up at {clinic.DisplayName}. Book here: {TriggerLinks.ForLocation(clinic.HighLevelLocationId).BookACall}";

    public static string ReviewRequestSms(Clinic clinic) =>
        $"Thanks for visiting {clinic.DisplayName}! A quick review helps: {TriggerLinks.ForLocation(clinic.HighLevelLocationId).LeaveAReview}";

    /// <summary>Only the downtown clinic validates parking, so this link is used through its own class.</summary>
    public static string DowntownParkingSms() =>
        $"Parking downtown is on us: validate your ticket here {TriggerLinks.Downtown.ParkingValidation}";
}
