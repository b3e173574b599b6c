using System;
using CityDental.Messaging;

// An agency's code that sends for either clinic: the location id arrives at run time (here from the clinic record; in
// real life from a webhook or a database row), and TriggerLinks.ForLocation gives that location's links.
Clinic[] clinics =
[
    new("City Dental Downtown", TriggerLinks.Downtown.LocationId),
    new("City Dental Uptown", TriggerLinks.Uptown.LocationId),
];

foreach (Clinic clinic in clinics)
{
    Console.WriteLine($"{clinic.DisplayName} (location {clinic.HighLevelLocationId}):");
    Console.WriteLine("  " + Messages.BookingReminderSms(clinic, "Maria"));
    Console.WriteLine("  " + Messages.ReviewRequestSms(clinic));
}

Console.WriteLine();
Console.WriteLine(Messages.DowntownParkingSms());

Console.WriteLine();
Console.WriteLine($"The snapshot has {TriggerLinks.Locations.Count} locations:");
foreach (TriggerLinks.Location location in TriggerLinks.Locations)
{
    Console.WriteLine($"  {location.Name} ({location.LocationId}): book {location.BookACall}, review {location.LeaveAReview}");
}

Console.WriteLine();
Console.WriteLine(TriggerLinks.TryGetLocation("not-a-location", out _) ? "unexpected" : "An unknown location id is refused, not sent a dead link.");
