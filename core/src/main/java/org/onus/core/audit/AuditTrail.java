package org.onus.core.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;

/**
 * Records state changes in the caller's transaction (it refuses to run outside one: an event must
 * never outlive, or be lost by, the change it records) and lets auditors read and verify them.
 */
@Stateless
public class AuditTrail {

    /** The actor of changes the system makes on its own (migrations, timers). */
    public static final String SYSTEM = "system";

    @Resource(lookup = "java:jboss/datasources/OnusDS")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    private final AuditStore store = new AuditStore();

    /**
     * Appends an event for a change the actor made.
     *
     * @param action what was done, {@code <concept>.<verb>}, e.g. {@code policy.status-changed}
     * @param before the state before ({@link Snapshot#NONE} for a creation)
     * @param after the state after ({@link Snapshot#NONE} for a removal or a read)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEvent record(
            Actor actor, String action, String entityType, String entityId, Snapshot before, Snapshot after) {
        String roles = actor.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
        return append(actor.username(), roles, action, entityType, entityId, before, after);
    }

    /** Appends an event for a change the system made on its own. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEvent recordSystem(String action, String entityType, String entityId, Snapshot before, Snapshot after) {
        return append(SYSTEM, "", action, entityType, entityId, before, after);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> find(AuditQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            return store.find(connection, query);
        } catch (SQLException e) {
            throw new EJBException("Could not read the audit trail", e);
        }
    }

    /**
     * The sequence number of the newest event, 0 for an empty trail. Every state change is audited in
     * its own transaction, so while this number stays the same nothing has changed: a reader may keep
     * what it derived from the data (see {@code CaseStatistics}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long lastSequence() {
        try (Connection connection = dataSource.getConnection()) {
            return store.lastSequence(connection);
        } catch (SQLException e) {
            throw new EJBException("Could not read the audit trail", e);
        }
    }

    /** Recomputes the whole chain; takes about a second per few hundred thousand events. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            return store.verify(connection);
        } catch (SQLException e) {
            throw new EJBException("Could not read the audit trail", e);
        }
    }

    private AuditEvent append(
            String actor,
            String roles,
            String action,
            String entityType,
            String entityId,
            Snapshot before,
            Snapshot after) {
        rememberActorForEntityHistory(actor);
        try (Connection connection = dataSource.getConnection()) {
            return store.append(
                    connection,
                    clock.instant(),
                    actor,
                    roles,
                    action,
                    entityType,
                    entityId,
                    recordedBefore(before, after),
                    after.toJson());
        } catch (SQLException e) {
            throw new EJBException("Could not record " + action + " in the audit trail", e);
        }
    }

    /**
     * A change records the whole state after it and, of the state before, only the fields it
     * altered: the two together say exactly what the state before was ({@link Snapshot#before}),
     * at about a tenth of the bytes of a second whole copy. A creation has no state before; a
     * removal records the whole state it removed.
     */
    static String recordedBefore(Snapshot before, Snapshot after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before.toJson();
        }
        return before.changedFieldsJson(after);
    }

    /** Entity history (Envers) revisions made in this transaction carry the same actor. */
    private void rememberActorForEntityHistory(String actor) {
        if (RevisionActor.current() == null) {
            RevisionActor.set(actor);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    RevisionActor.clear();
                }
            });
        }
    }
}
