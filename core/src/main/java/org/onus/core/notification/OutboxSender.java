package org.onus.core.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued mail through the server's mail session ({@code java:jboss/mail/Onus}), outside any
 * business transaction: on a timer, and once right after a commit that queued mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** Mails per look at the table; the rest wait for the next round, which comes soon. */
    static final int BATCH = 50;

    /** Longer than the SMTP timeouts below, so a slow send is not claimed twice. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Resource(lookup = "java:jboss/mail/Onus")
    Session session;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    SmtpWriteTimeouts writeTimeouts;

    @PostConstruct
    void boundSmtpTimeouts() {
        // WildFly's mail session has no timeouts, and Jakarta Mail waits forever by default: an SMTP
        // server that accepts the connection and then hangs would stall the outbox. The session's
        // properties are shared, so this sets them once for every sender; configured values win.
        Properties properties = session.getProperties();
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", "10000");
            properties.putIfAbsent("mail." + protocol + ".timeout", "30000");
            properties.putIfAbsent("mail." + protocol + ".writetimeout", "30000");
        }
        writeTimeouts.useFor(properties, "smtp", "smtps");
    }

    /** The prompt after a commit: runs on another thread so the person's request does not wait for SMTP. */
    @Asynchronous
    public void sendSoon() {
        sendDue();
    }

    /** Sends what is due; failures are recorded on the mail and retried later, never thrown. */
    public int sendDue() {
        int sent = 0;
        List<OutboundEmail> due;
        do {
            due = outbox.due(BATCH);
            for (OutboundEmail mail : due) {
                if (outbox.claim(mail, LEASE) && send(mail)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean send(OutboundEmail mail) {
        try {
            Transport.send(message(mail));
        } catch (MessagingException | RuntimeException e) {
            failed(mail, e);
            return false;
        }
        try {
            outbox.sent(mail.id());
        } catch (RuntimeException e) {
            // It went out but the table does not say so: when the lease ends it goes out again, the
            // lesser evil than losing it. Rare enough that the trace is worth having.
            LOG.log(Level.WARNING, "Mail " + mail.id() + " was sent but could not be marked sent", e);
        }
        return true;
    }

    private void failed(OutboundEmail mail, Exception e) {
        int attempts = mail.attempts() + 1;
        Duration retry = settings.backoff(attempts);
        String why = describe(e);
        // One line per failure without the trace: an SMTP server that is down fails every mail the
        // same way, and the cause is in the message.
        if (retry == null) {
            LOG.severe("Giving up mail " + mail.id() + " after " + attempts + " attempts: " + why);
        } else {
            LOG.warning("Could not send mail " + mail.id() + " (attempt " + attempts + ", next in " + retry.toSeconds()
                    + " s): " + why);
        }
        try {
            outbox.failed(mail.id(), why, retry);
        } catch (RuntimeException bookkeeping) {
            LOG.warning("Could not record the failure of mail " + mail.id() + ": " + describe(bookkeeping));
        }
    }

    private Message message(OutboundEmail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // the session's from address (ONUS_MAIL_FROM)
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < OutboundEmail.MAX_ERROR; t = t.getCause()) {
            if (!out.isEmpty()) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString();
    }
}
