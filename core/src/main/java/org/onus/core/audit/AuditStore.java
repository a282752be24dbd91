package org.onus.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit tables, through JDBC on a connection the caller owns (inside the server: the JTA
 * transaction's; in tests and benchmarks: a plain one). There is deliberately no update and no
 * delete here: the application cannot change what it recorded.
 */
public final class AuditStore {

    static final String COLUMNS = "seq, occurred_at, actor, actor_roles, action, entity_type, entity_id, "
            + "before_state, after_state, prev_hash, hash";

    /**
     * Appends an event after the chain's current head. Locks the head row until the caller's
     * transaction ends, so concurrent appends queue up instead of forking the chain.
     */
    public AuditEvent append(
            Connection connection,
            Instant at,
            String actor,
            String actorRoles,
            String action,
            String entityType,
            String entityId,
            String before,
            String after)
            throws SQLException {
        long lastSequence;
        String lastHash;
        try (PreparedStatement head = connection.prepareStatement(
                        "select last_seq, last_hash from audit_head where id = 1 for update");
                ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("The audit chain has no head row: the schema is incomplete");
            }
            lastSequence = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        AuditEvent event = AuditEvent.next(
                lastSequence + 1, at, actor, actorRoles, action, entityType, entityId, before, after, lastHash);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, event.sequence());
            insert.setObject(2, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
            insert.setString(3, event.actor());
            insert.setString(4, event.actorRoles());
            insert.setString(5, event.action());
            insert.setString(6, event.entityType());
            insert.setString(7, event.entityId());
            insert.setString(8, event.before());
            insert.setString(9, event.after());
            insert.setString(10, event.previousHash());
            insert.setString(11, event.hash());
            insert.executeUpdate();
        }
        try (PreparedStatement move =
                connection.prepareStatement("update audit_head set last_seq = ?, last_hash = ? where id = 1")) {
            move.setLong(1, event.sequence());
            move.setString(2, event.hash());
            move.executeUpdate();
        }
        return event;
    }

    /** Newest first. */
    public List<AuditEvent> find(Connection connection, AuditQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        condition(sql, parameters, "entity_type = ?", query.entityType());
        condition(sql, parameters, "entity_id = ?", query.entityId());
        condition(sql, parameters, "actor = ?", query.actor());
        condition(sql, parameters, "action = ?", query.action());
        condition(sql, parameters, "occurred_at >= ?", query.from() == null ? null : utc(query.from()));
        condition(sql, parameters, "occurred_at < ?", query.to() == null ? null : utc(query.to()));
        condition(sql, parameters, "seq < ?", query.beforeSequence());
        sql.append(" order by seq desc");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            select.setMaxRows(query.limit());
            try (ResultSet rs = select.executeQuery()) {
                List<AuditEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(read(rs));
                }
                return events;
            }
        }
    }

    /**
     * Reads the whole chain in order and recomputes it: every hash, every link, no gaps, and the
     * head pointing at the last event (so removing the newest events is caught too).
     */
    public AuditVerification verify(Connection connection) throws SQLException {
        long expected = 1;
        String previousHash = AuditEvent.GENESIS;
        long checked = 0;
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(1000);
            try (ResultSet rs = select.executeQuery("select " + COLUMNS + " from audit_event order by seq")) {
                while (rs.next()) {
                    AuditEvent event = read(rs);
                    checked++;
                    if (event.sequence() != expected) {
                        return AuditVerification.brokenAt(
                                checked,
                                expected,
                                "event " + expected + " is missing (next found: " + event.sequence() + ")");
                    }
                    if (!event.previousHash().equals(previousHash)) {
                        return AuditVerification.brokenAt(
                                checked, event.sequence(), "does not link to the event before it");
                    }
                    if (!event.isIntact()) {
                        return AuditVerification.brokenAt(
                                checked, event.sequence(), "its content no longer matches its hash");
                    }
                    previousHash = event.hash();
                    expected++;
                }
            }
        }
        try (Statement head = connection.createStatement();
                ResultSet rs = head.executeQuery("select last_seq, last_hash from audit_head where id = 1")) {
            if (!rs.next()) {
                return AuditVerification.brokenAt(checked, expected, "the chain's head row is missing");
            }
            if (rs.getLong(1) != expected - 1 || !rs.getString(2).equals(previousHash)) {
                return AuditVerification.brokenAt(
                        checked,
                        expected - 1 == rs.getLong(1) ? expected - 1 : expected,
                        "the chain ends at " + (expected - 1) + " but its head says " + rs.getLong(1));
            }
        }
        return AuditVerification.intact(checked);
    }

    /** The sequence number of the newest event, from the chain's head row; 0 when there is none. */
    long lastSequence(Connection connection) throws SQLException {
        try (Statement head = connection.createStatement();
                ResultSet rs = head.executeQuery("select last_seq from audit_head where id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            sql.append(" and ").append(clause);
            parameters.add(value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("actor_roles"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
