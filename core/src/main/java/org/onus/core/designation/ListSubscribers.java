package org.onus.core.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.onus.core.notification.Notifications;
import org.onus.core.notification.Topic;

/**
 * Tells the list's subscribers about each new list version, in the transaction that made it: the
 * inbox message and the queued email exist exactly when the version does.
 */
@ApplicationScoped
public class ListSubscribers {

    @Inject
    Notifications notifications;

    void onListChanged(@Observes DesignationListChanged changed) {
        notifications.notifySubscribers(
                Topic.DESIGNATION_LIST,
                subject("Designation list version " + changed.number() + ": " + changed.change()),
                changed.change() + ".\n\nThe designation list is now at version " + changed.number()
                        + ". Goods made wholly or in part with inputs from a designated region and sector are"
                        + " presumed to be made with forced labour and are detained at import unless the importer"
                        + " proves otherwise.",
                "/designations/versions/" + changed.number());
    }

    /** A subject is one line of at most 300 characters; a long title is cut, the body has it whole. */
    static String subject(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }
}
