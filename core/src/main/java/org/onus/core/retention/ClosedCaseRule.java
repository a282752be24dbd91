package org.onus.core.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.onus.core.detention.CaseStatus;
import org.onus.core.evidence.ContentStore;

/**
 * Closed detention cases past {@code ONUS_RETENTION_CLOSED_CASES} are reduced to an anonymous
 * statistical skeleton: the case and its entry keep what the public statistics count (status,
 * dates, route, goods' HS codes, origin regions, declared value, the importer organisation's code
 * for the dominance rule) and lose everything else: the documents offered (rows and, once no other
 * record uses them, the files in the content store), statements, reasons, the names of everyone
 * who acted, the entry number, descriptions and producer names, the letters in inboxes and the
 * e-mails sent, stored API answers, and the process engine's history of the case. The skeleton is
 * marked ({@code anonymised_at}) so a run never takes it twice. See docs/RETENTION.md.
 */
@ApplicationScoped
public class ClosedCaseRule implements RetentionRule {

    public static final String NAME = "closed-cases";

    /** What replaces a name or a text. */
    static final String REMOVED = "[removed]";

    private static final Logger LOG = Logger.getLogger(ClosedCaseRule.class.getName());

    @PersistenceContext(unitName = "onus")
    EntityManager em;

    @Inject
    RetentionSettings settings;

    @Inject
    ProcessHistory processHistory;

    @Inject
    ContentStore contentStore;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetentionPeriod period() {
        return settings.closedCases();
    }

    @Override
    public Removal apply(Instant now) {
        Instant cutoff = period().cutoff(now);
        Reduced reduced = reduce(jpa(), now, cutoff);
        if (reduced.ids().isEmpty()) {
            return Removal.nothing(cutoff);
        }
        Map<String, Integer> counts = new LinkedHashMap<>(reduced.counts());
        counts.put("processInstances", processHistory.erase(reduced.businessKeys()));
        removeAfterCommit(reduced.unusedContents());
        return new Removal(cutoff, counts, reduced.ids());
    }

    /** The rule's SQL, run through JPA here and through JDBC in the unit test. */
    interface Sql {
        List<Object[]> rows(String sql, Object... parameters);

        int update(String sql, Object... parameters);
    }

    /** What the database part of a run did; the engine's history and the files come after. */
    record Reduced(
            List<String> ids, Map<String, Integer> counts, List<String> businessKeys, List<String> unusedContents) {}

    /** Reduces every case due at {@code cutoff} to its skeleton, in the caller's transaction. */
    static Reduced reduce(Sql sql, Instant now, Instant cutoff) {
        List<Candidate> due = new ArrayList<>();
        for (Candidate c : candidates(sql, cutoff)) {
            if (ClosedCaseSelection.due(c.facts(), cutoff)) {
                due.add(c);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> contents = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Candidate c : due) {
            contents.addAll(reduce(sql, c, now, counts));
            keys.add(c.caseId().toString());
            keys.add(c.entryId().toString());
            ids.add(c.caseId().toString());
        }
        counts.put("cases", due.size());
        List<String> unused = unreferenced(sql, contents);
        counts.put("files", unused.size());
        return new Reduced(ids, counts, keys, unused);
    }

    private Sql jpa() {
        return new Sql() {
            @Override
            public List<Object[]> rows(String sql, Object... parameters) {
                var q = em.createNativeQuery(sql);
                for (int i = 0; i < parameters.length; i++) {
                    q.setParameter(i + 1, parameters[i]);
                }
                List<Object[]> out = new ArrayList<>();
                for (Object row : q.getResultList()) {
                    out.add(row instanceof Object[] columns ? columns : new Object[] {row});
                }
                return out;
            }

            @Override
            public int update(String sql, Object... parameters) {
                var q = em.createNativeQuery(sql);
                for (int i = 0; i < parameters.length; i++) {
                    q.setParameter(i + 1, parameters[i]);
                }
                return q.executeUpdate();
            }
        };
    }

    private record Candidate(UUID caseId, UUID entryId, ClosedCaseSelection.CaseFacts facts) {}

    private static List<Candidate> candidates(Sql sql, Instant cutoff) {
        List<Object[]> rows = sql.rows(
                "select cast(c.id as varchar(36)), cast(c.entry_id as varchar(36)), c.status, c.closed_on, c.protest_deadline, c.protest_decided_at,"
                        + " c.pending_freeing from detention_case c"
                        + " where c.anonymised_at is null and c.closed_on is not null and c.closed_on <= ?1"
                        + " and c.status in ('RELEASED', 'CONFISCATED', 'EXCLUDED', 'PROTEST_UPHELD',"
                        + " 'PROTEST_DENIED') order by c.closed_on, c.id",
                LocalDate.ofInstant(cutoff, java.time.ZoneOffset.UTC));
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Candidate(
                    uuid(r[0]),
                    uuid(r[1]),
                    new ClosedCaseSelection.CaseFacts(
                            CaseStatus.valueOf(r[2].toString()), date(r[3]), date(r[4]), instant(r[5]), r[6] != null)));
        }
        return out;
    }

    /** Reduces one case to its skeleton; answers the content hashes its documents used. */
    private static List<String> reduce(Sql sql, Candidate c, Instant now, Map<String, Integer> counts) {
        String caseId = c.caseId().toString();
        String entryId = c.entryId().toString();
        List<String> contents = new ArrayList<>();
        for (Object[] row : sql.rows(
                "select sha256 from case_evidence where case_id = cast(?1 as uuid)",
                c.caseId().toString())) {
            contents.add(row[0].toString());
        }
        add(
                counts,
                "documents",
                sql.update(
                        "delete from case_evidence where case_id = cast(?1 as uuid)",
                        c.caseId().toString()));
        sql.update(
                "update detention_case set opened_by = '" + REMOVED + "', grounds = '" + REMOVED + "', "
                        + masked(
                                "rebuttal_statement",
                                "rebuttal_filed_by",
                                "decided_by",
                                "decision_reason",
                                "approved_by",
                                "protest_statement",
                                "protested_by",
                                "protest_decided_by",
                                "protest_decision_reason",
                                "disposition_reference",
                                "disposition_recorded_by",
                                "assignee")
                        // The queue's copy of the entry's number and goods goes with the entry's own.
                        + ", entry_number = ?3, goods_sort_key = '" + REMOVED + "'"
                        + ", anonymised_at = ?2 where id = cast(?1 as uuid)",
                c.caseId().toString(),
                now.atOffset(java.time.ZoneOffset.UTC),
                retainedNumber(entryId));
        sql.update(
                "update case_event set detail = null, actor = case when actor = 'system' then actor else '" + REMOVED
                        + "' end where case_id = cast(?1 as uuid)",
                c.caseId().toString());
        sql.update(
                "update case_recusal set official = '" + REMOVED + "', reason = '" + REMOVED
                        + "' where case_id = cast(?1 as uuid)",
                c.caseId().toString());
        sql.update(
                "update case_release_proof set evidence_id = null, sha256 = null, " + masked("accepted_by")
                        + " where case_id = cast(?1 as uuid)",
                c.caseId().toString());
        sql.update(
                "update entry set entry_number = ?2, description = '" + REMOVED + "', filed_by = '" + REMOVED
                        + "', filer_email = null, fingerprint = ?3, "
                        + masked("manual_detained_by", "manual_reason", "hold_note") + " where id = cast(?1 as uuid)",
                c.entryId().toString(),
                retainedNumber(entryId),
                sha256("retained:" + entryId));
        sql.update(
                "update entry_input set material = '" + REMOVED
                        + "', producer = null, open_supply_hub_id = null, producer_registration_number = null"
                        + " where entry_id = cast(?1 as uuid)",
                c.entryId().toString());
        sql.update(
                "update entry_match set producer = null where entry_id = cast(?1 as uuid)",
                c.entryId().toString());
        sql.update(
                "update manual_detention_ground set cited = '" + REMOVED
                        + "' where entry_id = cast(?1 as uuid) and kind = 'PRODUCER'",
                c.entryId().toString());
        sql.update(
                "update entry_screening set note = null where entry_id = cast(?1 as uuid)",
                c.entryId().toString());
        add(counts, "letters", sql.update("delete from inbox_message where link like ?1", "%" + caseId + "%"));
        add(
                counts,
                "emails",
                sql.update(
                        "delete from outbound_email where next_attempt_at is null and body like ?1",
                        "%" + caseId + "%"));
        add(
                counts,
                "storedAnswers",
                sql.update(
                        "delete from idempotency_record where location like ?1 or response_body like ?1",
                        "%" + entryId + "%"));
        return contents;
    }

    /** Of the hashes the removed documents used, those no other record uses any more. */
    private static List<String> unreferenced(Sql sql, Set<String> contents) {
        List<String> unused = new ArrayList<>();
        for (String sha : contents) {
            Number inCases = (Number) sql.rows("select count(*) from case_evidence where sha256 = ?1", sha)
                    .get(0)[0];
            Number inLibrary = (Number) sql.rows("select count(*) from evidence_item where sha256 = ?1", sha)
                    .get(0)[0];
            Number inSubmissions =
                    (Number) sql.rows("select count(*) from submission_attachment where sha256 = ?1", sha)
                            .get(0)[0];
            Number inRegistries = (Number) sql.rows("select count(*) from supplier_document where sha256 = ?1", sha)
                    .get(0)[0];
            Number inRemovalRequests =
                    (Number) sql.rows("select count(*) from entity_removal_attachment where sha256 = ?1", sha)
                            .get(0)[0];
            if (inCases.longValue() == 0
                    && inLibrary.longValue() == 0
                    && inSubmissions.longValue() == 0
                    && inRegistries.longValue() == 0
                    && inRemovalRequests.longValue() == 0) {
                unused.add(sha);
            }
        }
        return unused;
    }

    /** Files go only once the rows are gone for good: a rolled-back run leaves every file in place. */
    private void removeAfterCommit(List<String> hashes) {
        if (hashes.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                for (String sha : hashes) {
                    try {
                        contentStore.remove(sha);
                    } catch (IOException | RuntimeException e) {
                        LOG.warning("Retention could not remove stored file " + sha + ": " + e);
                    }
                }
            }
        });
    }

    /** The number an anonymised entry, and its case's copy, keep in place of the filed one. */
    private static String retainedNumber(String entryId) {
        return "RETAINED-" + entryId;
    }

    private static String masked(String... columns) {
        List<String> parts = new ArrayList<>();
        for (String c : columns) {
            parts.add(c + " = case when " + c + " is null then null else '" + REMOVED + "' end");
        }
        return String.join(", ", parts);
    }

    private static void add(Map<String, Integer> counts, String key, int n) {
        counts.merge(key, n, Integer::sum);
    }

    static UUID uuid(Object o) {
        if (o instanceof UUID u) {
            return u;
        }
        if (o instanceof byte[] b && b.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(o.toString().trim());
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return OffsetDateTime.parse(o.toString()).toInstant();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
