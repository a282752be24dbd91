package org.onus.it.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onus.core.notification.Notifications;
import org.onus.core.notification.Topic;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.MailCatcher;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * Notifications end to end: a person subscribes through the API; a change inside the server
 * notifies subscribers in its transaction; the mail reaches a real SMTP server (GreenMail in this
 * JVM) after the commit and the message is in the inbox, while a rolled-back change tells no one.
 * Methods marked {@code @RunAsClient} run here; the others inside WildFly, in this order.
 */
@OnusIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT {

    static final String ADDRESS = "alice.updates@example.org";
    static final String COMMITTED = "NotificationIT: designation list version 7 published";
    static final String ROLLED_BACK = "NotificationIT: a publication that was rolled back";
    static final String PERSONAL = "NotificationIT: a notice for Bruno only";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Inject
    Notifications notifications;

    @Inject
    UserTransaction transaction;

    @Test
    @Order(1)
    @RunAsClient
    void aPersonSubscribesThroughTheApiWithAValidAddressOnly() {
        MailCatcher.running();
        String token = Tokens.of("importer-a");

        HttpResponse<String> refused = Http.putJson(subscription(), token, "{\"email\":\"alice@\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Http.json(refused).get("errors").get(0).get("code").asText()).isEqualTo("email");

        HttpResponse<String> first = Http.putJson(subscription(), token, "{\"email\":\" " + ADDRESS + " \"}");
        HttpResponse<String> again = Http.putJson(subscription(), token, "{\"email\":\"" + ADDRESS + "\"}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Http.json(first).get("email").asText()).isEqualTo(ADDRESS);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode mine = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/subscriptions"), token));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("topic").asText()).isEqualTo("DESIGNATION_LIST");
    }

    @Test
    @Order(2)
    void aRolledBackChangeNotifiesNoOneAndACommittedOneNotifiesSubscribers() throws Exception {
        transaction.begin();
        int toldInRollback = notifications.notifySubscribers(
                Topic.DESIGNATION_LIST, ROLLED_BACK, "This must never arrive.", "/policies");
        transaction.rollback();

        transaction.begin();
        int told = notifications.notifySubscribers(
                Topic.DESIGNATION_LIST, COMMITTED, "Version 7 of the designation list is in force.", "/policies");
        notifications.notifyUser("importer-b", null, PERSONAL, "Only for importer-b.", null);
        transaction.commit();

        // JUnit's assertions here: this method runs inside the server, where AssertJ is not deployed.
        assertTrue(toldInRollback >= 1, "the subscriber from the first test must be told");
        assertEquals(toldInRollback, told);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSubscriberGetsTheEmailAndTheInboxMessage() throws Exception {
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> !MailCatcher.withSubject(COMMITTED).isEmpty());

        MimeMessage mail = MailCatcher.withSubject(COMMITTED).get(0);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(ADDRESS);
        assertThat(new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Version 7 of the designation list is in force.")
                .contains("/policies");

        HttpResponse<String> inbox = Http.getWithToken(ItConfig.portal("/api/v1/inbox"), Tokens.of("importer-a"));
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(subjects(Http.json(inbox))).contains(COMMITTED).doesNotContain(ROLLED_BACK, PERSONAL);
        assertThat(Long.parseLong(inbox.headers().firstValue("X-Unread-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(1);
        long messages =
                Long.parseLong(inbox.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(messages).isGreaterThanOrEqualTo(Http.json(inbox).size());
        JsonNode newest =
                Http.json(Http.getWithToken(ItConfig.portal("/api/v1/inbox?limit=1"), Tokens.of("importer-a")));
        assertThat(newest).hasSize(1);
        assertThat(newest.get(0).get("id")).isEqualTo(Http.json(inbox).get(0).get("id"));
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/inbox?limit=201"), Tokens.of("importer-a"))
                        .statusCode())
                .isEqualTo(400);

        // The committed mail went out on the prompt after commit or the next timer round; a
        // rolled-back one was never queued, so by now it would have arrived too.
        assertThat(MailCatcher.withSubject(ROLLED_BACK)).isEmpty();
    }

    @Test
    @Order(4)
    @RunAsClient
    void aMessageForAnotherPersonIsNotFoundAndStaysUnread() {
        String bruno = Tokens.of("importer-b");
        JsonNode brunos = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/inbox"), bruno));
        String id = messageId(brunos, PERSONAL);

        HttpResponse<String> byAlice = Http.send(
                "POST",
                ItConfig.portal("/api/v1/inbox/" + id + "/read"),
                Tokens.of("importer-a"),
                "application/json",
                new byte[0]);
        HttpResponse<String> unknown = Http.send(
                "POST",
                ItConfig.portal("/api/v1/inbox/" + UUID.randomUUID() + "/read"),
                Tokens.of("importer-a"),
                "application/json",
                new byte[0]);

        assertThat(byAlice.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        // The same answer for someone else's message as for none at all: nothing to probe.
        assertThat(Http.json(byAlice).get("title").asText())
                .isEqualTo(Http.json(unknown).get("title").asText());
        assertThat(readAt(Http.json(Http.getWithToken(ItConfig.portal("/api/v1/inbox"), bruno)), PERSONAL))
                .isNull();

        HttpResponse<String> byBruno = Http.send(
                "POST", ItConfig.portal("/api/v1/inbox/" + id + "/read"), bruno, "application/json", new byte[0]);
        assertThat(byBruno.statusCode()).isEqualTo(204);
        assertThat(readAt(Http.json(Http.getWithToken(ItConfig.portal("/api/v1/inbox"), bruno)), PERSONAL))
                .isNotNull();
    }

    @Test
    @Order(5)
    @RunAsClient
    void theInboxAndSubscriptionsNeedASignedInCallerAndUnsubscribingEndsIt() {
        assertThat(Http.get(ItConfig.portal("/api/v1/inbox")).statusCode()).isEqualTo(401);
        assertThat(Http.putJson(subscription(), "not-a-token", "{\"email\":\"" + ADDRESS + "\"}")
                        .statusCode())
                .isEqualTo(401);

        String token = Tokens.of("importer-a");
        HttpResponse<String> gone = Http.send("DELETE", subscription(), token, "application/json", new byte[0]);
        HttpResponse<String> goneAgain = Http.send("DELETE", subscription(), token, "application/json", new byte[0]);

        assertThat(gone.statusCode()).isEqualTo(204);
        assertThat(goneAgain.statusCode()).isEqualTo(204);
        assertThat(Http.json(Http.getWithToken(ItConfig.portal("/api/v1/subscriptions"), token)))
                .isEmpty();
        assertThat(Http.send(
                                "DELETE",
                                ItConfig.portal("/api/v1/subscriptions/weather"),
                                token,
                                "application/json",
                                new byte[0])
                        .statusCode())
                .isEqualTo(404);
    }

    private static URI subscription() {
        return ItConfig.portal("/api/v1/subscriptions/DESIGNATION_LIST");
    }

    private static List<String> subjects(JsonNode messages) {
        List<String> subjects = new ArrayList<>();
        messages.forEach(m -> subjects.add(m.get("subject").asText()));
        return subjects;
    }

    private static String messageId(JsonNode messages, String subject) {
        for (JsonNode m : messages) {
            if (subject.equals(m.get("subject").asText())) {
                return m.get("id").asText();
            }
        }
        throw new AssertionError("No message \"" + subject + "\" in " + messages);
    }

    private static String readAt(JsonNode messages, String subject) {
        for (JsonNode m : messages) {
            if (subject.equals(m.get("subject").asText())) {
                JsonNode readAt = m.get("readAt");
                return readAt == null || readAt.isNull() ? null : readAt.asText();
            }
        }
        throw new AssertionError("No message \"" + subject + "\" in " + messages);
    }
}
