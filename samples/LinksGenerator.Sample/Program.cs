using System;
using AcmeDental.Messaging;

// Composes the practice's outgoing messages. Every trigger link comes from TriggerLinks, generated at compile time
// from links.snapshot.json: if a link is deleted in HighLevel and the snapshot is pulled again, this stops compiling
// instead of texting customers a dead link.
var patient = new Patient("Maria", "maria@example.com");

Console.WriteLine("SMS: appointment reminder");
Console.WriteLine(Messages.AppointmentReminderSms(patient, new DateTime(2026, 12, 3, 9, 30, 0)));
Console.WriteLine();

Console.WriteLine("SMS: review request");
Console.WriteLine(Messages.ReviewRequestSms(patient));
Console.WriteLine();

Console.WriteLine("Email: summer promotion");
Console.WriteLine(Messages.PromotionEmail(patient));
Console.WriteLine();

Console.WriteLine($"Location {TriggerLinks.LocationId} has {TriggerLinks.All.Count} trigger links:");
foreach (string fieldKey in TriggerLinks.All)
{
    Console.WriteLine("  " + fieldKey);
}
