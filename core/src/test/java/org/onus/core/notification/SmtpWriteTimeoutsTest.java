package org.onus.core.notification;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mail to an SMTP server that stops reading must still fail within the write timeout when Jakarta
 * Mail uses the application's scheduler instead of a thread pool per connection, and the scheduler
 * must outlive the connection so the next mail can use it.
 */
class SmtpWriteTimeoutsTest {

    private final AtomicInteger threadsMade = new AtomicInteger();
    private final SmtpWriteTimeouts timeouts = new SmtpWriteTimeouts();
    private ServerSocket server;
    private Thread serverThread;

    @BeforeEach
    void start() throws IOException {
        timeouts.threads = new CountingThreadFactory();
        timeouts.start();
        server = new ServerSocket();
        server.setReceiveBufferSize(4096);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        serverThread = new Thread(this::answerUntilData, "stalled-smtp");
        serverThread.setDaemon(true);
        serverThread.start();
    }

    @AfterEach
    void stop() throws IOException {
        timeouts.stop();
        server.close();
    }

    @Test
    @Timeout(60)
    void aServerThatStopsReadingFailsTheMailWithinTheWriteTimeoutOnTheSharedScheduler() throws Exception {
        Session session = session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("onus@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("importer@example.org"));
        message.setSubject("Detention notice");
        // Far more than the loopback buffers hold, so that writing blocks once the server stops reading.
        message.setText("x".repeat(64 * 1024 * 1024));

        long started = System.nanoTime();
        // The guard closes the socket when the write timeout passes; the blocked write then reports
        // either the timeout or the closed socket, depending on which the mail library sees first.
        assertThatThrownBy(() -> Transport.send(message))
                .isInstanceOf(MessagingException.class)
                .satisfiesAnyOf(
                        e -> assertThat(e).hasStackTraceContaining("Write timed out"),
                        e -> assertThat(e).hasStackTraceContaining("Socket closed"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(threadsMade.get()).as("threads the scheduler made").isEqualTo(1);
        assertThat(timeouts.scheduler.isShutdown())
                .as("closing the connection leaves the shared scheduler running")
                .isFalse();
        assertThat(timeouts.scheduler.getQueue())
                .as("cancelled guards are not kept")
                .isEmpty();
    }

    @Test
    void replacesTheSchedulerOfAPreviousDeploymentInTheSharedSession() {
        Properties shared = new Properties();
        shared.put("mail.smtp.executor.writetimeout", "left by the previous deployment");

        timeouts.useFor(shared, "smtp", "smtps");

        assertThat(shared.get("mail.smtp.executor.writetimeout")).isSameAs(timeouts.scheduler);
        assertThat(shared.get("mail.smtps.executor.writetimeout")).isSameAs(timeouts.scheduler);
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(server.getLocalPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "1000");
        timeouts.useFor(properties, "smtp");
        return Session.getInstance(properties);
    }

    /** Speaks SMTP until the client starts the message body, then never reads again. */
    private void answerUntilData() {
        try (Socket client = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), US_ASCII));
            OutputStream out = client.getOutputStream();
            out.write("220 stalled.example ESMTP\r\n".getBytes(US_ASCII));
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
                if (command.equals("DATA")) {
                    out.write("354 go ahead\r\n".getBytes(US_ASCII));
                    Thread.sleep(Long.MAX_VALUE);
                }
                out.write((command.equals("QUIT") ? "221 bye\r\n" : "250 ok\r\n").getBytes(US_ASCII));
            }
        } catch (IOException | InterruptedException e) {
            // the test closed the socket, or the client gave up
        }
    }

    private final class CountingThreadFactory implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            threadsMade.incrementAndGet();
            Thread thread = new Thread(r, "smtp-write-timeouts");
            thread.setDaemon(true);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
