using System;
using System.Globalization;

namespace AcmeDental.Messaging;

/// <summary>
/// Message bodies for HighLevel. Trigger links are the generated constants; HighLevel swaps each
/// <c>{{trigger_link.…}}</c> for a tracked, per-contact URL when it sends the message.
/// </summary>
public static class Messages
{
    public static string AppointmentReminderSms(Patient patient, DateTime appointment) =>
        $"Hi {patient.FirstName}, this is Acme Dental: see you {appointment.ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture)}. " +
        $"Confirm: {TriggerLinks.AppointmentReminderConfirm} Need another time? {TriggerLinks.Reschedule}";

    public static string ReviewRequestSms(Patient patient) =>
        $"Thanks for visiting, {patient.FirstName}! Two minutes for a review? {TriggerLinks.LeaveAReview}";

    public static string PromotionEmail(Patient patient) =>
        string.Join(
            "\n",
            $"To: {patient.Email}",
            "Subject: Summer smiles are 50% brighter",
            "",
            $"Hi {patient.FirstName},",
            $"Our summer sale is on: {TriggerLinks.SummerSale2024}",
            $"Whitening at half price: {TriggerLinks.WhiteningPromo50Off}",
            $"Book your visit: {TriggerLinks.BookACall}",
            "",
            $"Manage your email preferences: {TriggerLinks.UnsubscribePreferences}");
}
