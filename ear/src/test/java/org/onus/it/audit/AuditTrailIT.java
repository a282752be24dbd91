package org.onus.it.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * The audit trail as an auditor relies on it: every change is on it, it verifies, and a change
 * made behind the application's back, straight in the database, is found.
 */
@OnusIT
@RunAsClient
class AuditTrailIT {

    static final URI VERIFY = ItConfig.portal("/api/v1/audit/verify");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void theChainVerifiesAndOnlyAuditorsMayAskForIt() {
        recordSomething();

        HttpResponse<String> response = Http.getWithToken(VERIFY, Tokens.of("auditor"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = Http.json(response);
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("checked").asLong()).isPositive();
        assertThat(result.has("firstBrokenAt") && !result.get("firstBrokenAt").isNull())
                .isFalse();
        assertThat(Http.getWithToken(VERIFY, Tokens.of("regulator")).statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(VERIFY, Tokens.of("importer-a")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void eventsCarryWhoDidWhatAndTheLinkToTheEventBefore() {
        String title = recordSomething();

        JsonNode events = Http.json(
                Http.getWithToken(ItConfig.portal("/api/v1/audit?entity=EvidenceItem"), Tokens.of("auditor")));

        JsonNode event = null;
        for (JsonNode e : events) {
            if (e.toString().contains(title)) {
                event = e;
            }
        }
        assertThat(event).as("the event of the record just made").isNotNull();
        assertThat(event.get("action").asText()).isEqualTo("evidence.recorded");
        assertThat(event.get("actor").asText()).isEqualTo("regulator");
        assertThat(event.get("actorRoles").toString()).contains("regulator");
        assertThat(event.get("sequence").asLong()).isPositive();
        assertThat(event.get("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(event.get("previousHash").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void postgresqlRefusesToChangeOrRemoveAnAuditEvent() throws SQLException {
        assumeTrue(ItConfig.onPostgres(), "the append-only trigger is PostgreSQL's");
        recordSomething();

        try (Connection db = ItConfig.database();
                Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update audit_event set actor = 'someone-else'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("truncate audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aRowChangedDirectlyInPostgresqlIsFoundAtItsSequenceNumber() throws SQLException {
        assumeTrue(ItConfig.onPostgres(), "the embedded H2 database is held by the server while it runs");
        recordSomething();
        recordSomething();
        String auditor = Tokens.of("auditor");

        try (Connection db = ItConfig.database()) {
            long target = secondToLast(db);
            String original = afterState(db, target);
            // What someone with the database's superuser password could do: switch the trigger off.
            tamper(db, target, original.replace("regulator", "nobody").replace("}", ",\"edited\":true}"));
            try {
                JsonNode result = Http.json(Http.getWithToken(VERIFY, auditor));

                assertThat(result.get("valid").asBoolean()).isFalse();
                assertThat(result.get("firstBrokenAt").asLong()).isEqualTo(target);
            } finally {
                tamper(db, target, original);
            }
        }
        assertThat(Http.json(Http.getWithToken(VERIFY, auditor)).get("valid").asBoolean())
                .as("intact again once the row is restored")
                .isTrue();
    }

    private static String recordSomething() {
        String title = "Audited record " + UUID.randomUUID();
        HttpResponse<String> response =
                Http.postJson(ItConfig.portal("/api/v1/evidence"), Tokens.of("regulator"), """
                {"type":"OTHER","title":"%s","source":"Audit test","accessClass":"INTERNAL"}""".formatted(title));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return title;
    }

    private static long secondToLast(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select seq from audit_event order by seq desc offset 1 limit 1")) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }

    private static String afterState(Connection db, long seq) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement("select after_state from audit_event where seq = ?")) {
            sql.setLong(1, seq);
            try (ResultSet rows = sql.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static void tamper(Connection db, long seq, String afterState) throws SQLException {
        db.setAutoCommit(false);
        try (Statement off = db.createStatement();
                PreparedStatement update =
                        db.prepareStatement("update audit_event set after_state = ? where seq = ?")) {
            off.execute("set local session_replication_role = replica");
            update.setString(1, afterState);
            update.setLong(2, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }
}
