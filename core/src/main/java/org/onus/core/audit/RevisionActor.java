package org.onus.core.audit;

/**
 * Who is acting in the current transaction, for {@link AuditRevision}s: Envers creates revisions
 * while flushing, deep inside Hibernate, where only the thread is at hand. Set by
 * {@link AuditTrail} when it records the change and cleared when the transaction ends.
 */
public final class RevisionActor {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RevisionActor() {}

    static void set(String username) {
        CURRENT.set(username);
    }

    static void clear() {
        CURRENT.remove();
    }

    public static String current() {
        return CURRENT.get();
    }
}
