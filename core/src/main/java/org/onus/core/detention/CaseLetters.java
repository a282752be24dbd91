package org.onus.core.detention;

import org.onus.core.entry.Entry;
import org.onus.core.notification.Notifications;

/** The letters a case sends the importer who filed its entry, whoever moves the case. */
final class CaseLetters {

    private CaseLetters() {}

    static void tell(
            Notifications notifications, Entry entry, DetentionCase c, String subject, String body, String page) {
        notifications.notifyUser(entry.filedBy(), entry.filerEmail(), subject, body, "/cases/" + c.id() + page);
    }

    static void confiscated(Notifications notifications, Entry entry, DetentionCase c) {
        tell(
                notifications,
                entry,
                c,
                "Confiscation notice: entry " + entry.entryNumber(),
                "The goods of entry " + entry.entryNumber() + " (" + entry.description() + ") are confiscated.\n\n"
                        + "Reason: " + c.decisionReason() + "\n\nYou may protest the confiscation until "
                        + c.protestDeadline() + " (inclusive) from the case page.",
                "/confiscation");
    }
}
