package org.onus.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * An SMTP server in the test JVM (GreenMail) on the port the server under test sends to. Started
 * on first use and kept for the run: the server's outbox retries, so mail sent before a test looks
 * is still caught. Tests that run inside the server must not touch this class (GreenMail is not
 * deployed).
 */
public final class MailCatcher {

    private static GreenMail server;

    private MailCatcher() {}

    public static synchronized GreenMail running() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(ItConfig.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            // No JUnit hook fits a class whose tests run partly inside the server; stop with the JVM.
            GreenMail started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "greenmail-stop"));
        }
        return server;
    }

    /** The messages received so far with this subject. */
    public static List<MimeMessage> withSubject(String subject) {
        return Arrays.stream(running().getReceivedMessages())
                .filter(m -> subject.equals(subjectOf(m)))
                .toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }
}
