package org.onus.core.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.onus.core.notification.InboxMessage.Content;

/**
 * What features call to tell people something: an inbox message and, where there is an address, an
 * email. Everything is written in the caller's transaction, so people hear of a change only if it
 * committed; the email goes out after the commit.
 */
@Stateless
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @Inject
    Inbox inbox;

    @Inject
    Subscriptions subscriptions;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    /**
     * Tells every subscriber of the topic.
     *
     * @param link a path inside the portal, or null
     * @return how many subscribers were told
     * @throws org.onus.core.problem.InvalidInputException if subject, body or link break the rules of {@link Content}
     */
    public int notifySubscribers(Topic topic, String subject, String body, String link) {
        Content content = Content.of(subject, body, link);
        int told = 0;
        for (Subscription s : subscriptions.of(topic)) {
            inbox.deliver(s.username(), content.subject(), content.body(), content.link());
            outbox.queue(s.email(), content.subject(), emailBody(content));
            told++;
        }
        return told;
    }

    /**
     * Tells one person: always in their inbox, and by email if an address is given. A malformed
     * address is logged and skipped rather than refused: it comes from the identity provider, and the
     * change that prompted the notice must not fail for it.
     */
    public void notifyUser(String username, String email, String subject, String body, String link) {
        Content content = Content.of(subject, body, link);
        inbox.deliver(username, content.subject(), content.body(), content.link());
        if (email == null || email.isBlank()) {
            return;
        }
        if (!EmailAddress.isValid(email)) {
            LOG.warning("Not emailing " + username + ": their address is malformed; the inbox has the message");
            return;
        }
        outbox.queue(email, content.subject(), emailBody(content));
    }

    /** Tells everyone in a role, through the inbox the role shares (read by one, read for all). */
    public void notifyTeam(org.onus.core.identity.Role role, String subject, String body, String link) {
        Content content = Content.of(subject, body, link);
        inbox.deliver(InboxMessage.team(role), content.subject(), content.body(), content.link());
    }

    /** Plain text; the link becomes an address on the portal, since a mail reader has no "current site". */
    String emailBody(Content content) {
        return content.link() == null
                ? content.body()
                : content.body() + "\n\n" + settings.portalUrl() + content.link();
    }
}
