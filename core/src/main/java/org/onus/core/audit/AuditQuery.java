package org.onus.core.audit;

import java.time.Instant;

/**
 * What an auditor looks for; every criterion is optional.
 *
 * @param entityType exact entity type, e.g. {@code StatePolicy}
 * @param entityId exact entity id
 * @param actor exact user name
 * @param action exact action, e.g. {@code evidence.uploaded}
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param beforeSequence only events older than this (for paging backwards); null for the newest
 * @param limit at most this many, newest first
 */
public record AuditQuery(
        String entityType,
        String entityId,
        String actor,
        String action,
        Instant from,
        Instant to,
        Long beforeSequence,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        actor = blankToNull(actor);
        action = blankToNull(action);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    public static AuditQuery forEntity(String entityType, String entityId) {
        return new AuditQuery(entityType, entityId, null, null, null, null, null, 100);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
