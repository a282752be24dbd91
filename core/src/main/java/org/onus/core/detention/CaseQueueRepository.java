package org.onus.core.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.onus.core.persistence.ListTotals;

/**
 * The work queue as the database answers it: filtering, sorting, counting and paging are all
 * done in the query, so a page costs the same with fifty cases or fifty thousand.
 */
@ApplicationScoped
public class CaseQueueRepository {

    private static final String ROW = "select new org.onus.core.detention.QueueRow(c.id, e.entryNumber,"
            + " c.organisationCode, e.description, e.amount, e.currency, c.detainedOn, c.storedDeadline,"
            + " c.status, c.assignee)";
    private static final String FROM = " from DetentionCase c join Entry e on e.id = c.entryId";

    /**
     * How long the queue page's filter lists are reused. Each is a {@code select distinct} over every
     * case and its entry: read on every page load, they made the queue page the slowest of the
     * portal under load (docs/BENCHMARKS.md, "Pages and API under load"), and the cost grows with
     * the cases. A port, origin or importer new to the queue shows in its list within a minute.
     */
    static final long FILTER_VALUES_NANOS = TimeUnit.SECONDS.toNanos(60);

    private record FilterValues(List<String> values, long readAt) {}

    private final Map<String, FilterValues> filterValues = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Inject
    ListTotals totals;

    /** One page of the cases matching the query, for the officer {@code me}, on {@code today}. */
    public QueuePage page(QueueQuery q, String me, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, me, today, params);
        TypedQuery<QueueRow> rows = entityManager.createQuery(ROW + FROM + where + orderBy(q), QueueRow.class);
        // Counting joined every matching case with its entry (38 ms against 1.7 ms for 6,500 open
        // cases): only the filters on the entry's fields need it; each case has exactly one entry.
        boolean entryFilter = q.sector() != null || q.origin() != null || q.port() != null;
        params.forEach(rows::setParameter);
        List<QueueRow> found =
                rows.setFirstResult(q.offset()).setMaxResults(q.size()).getResultList();
        long total = ListTotals.count(
                totals,
                entityManager,
                "select count(c)" + (entryFilter ? FROM : " from DetentionCase c") + where,
                params);
        return new QueuePage(found, total, q.page(), q.size());
    }

    /** The queue's lines for these cases (the home page's tasks), by case. */
    public Map<UUID, QueueRow> rows(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, QueueRow> byCase = new LinkedHashMap<>();
        entityManager
                .createQuery(ROW + FROM + " where c.id in :ids", QueueRow.class)
                .setParameter("ids", caseIds)
                .getResultList()
                .forEach(r -> byCase.put(r.caseId(), r));
        return byCase;
    }

    /**
     * Distinct values of a filter among the detained entries (ports, origins, importers), for the
     * filter lists: read at most once a minute per filter (see {@link #FILTER_VALUES_NANOS}).
     */
    public List<String> distinctEntryValues(String field) {
        long now = System.nanoTime();
        FilterValues cached = filterValues.get(field);
        if (cached != null && now - cached.readAt() < FILTER_VALUES_NANOS) {
            return cached.values();
        }
        List<String> values = java.util.Collections.unmodifiableList(readDistinctEntryValues(field));
        filterValues.put(field, new FilterValues(values, now));
        return values;
    }

    private List<String> readDistinctEntryValues(String field) {
        String path = switch (field) {
            case "port" -> "e.port";
            case "origin" -> "e.originCountry";
            case "importer" -> "c.organisationCode";
            default -> throw new IllegalArgumentException(field);
        };
        return entityManager
                .createQuery("select distinct " + path + FROM + " order by " + path, String.class)
                .setMaxResults(500)
                .getResultList();
    }

    public Optional<CaseOfficial> official(String username) {
        return Optional.ofNullable(entityManager.find(CaseOfficial.class, username));
    }

    public void store(CaseOfficial official) {
        entityManager.persist(official);
    }

    /** The officers cases can be assigned to, by name. */
    public List<CaseOfficial> officials() {
        return entityManager
                .createQuery("select o from CaseOfficial o order by o.displayName, o.username", CaseOfficial.class)
                .getResultList();
    }

    private static String where(QueueQuery q, String me, LocalDate today, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (q.status() == null) {
            w.append(" and c.status in :open");
            params.put("open", CaseStatus.open());
        } else if (!QueueQuery.ALL.equals(q.status())) {
            w.append(" and c.status = :status");
            params.put("status", CaseStatus.valueOf(q.status()));
        }
        if (q.deadline() != null) {
            switch (q.deadline()) {
                case OVERDUE -> w.append(" and c.storedDeadline < :today");
                case WITHIN_7_DAYS -> {
                    w.append(" and c.storedDeadline >= :today and c.storedDeadline <= :until");
                    params.put("until", today.plusDays(7));
                }
                case WITHIN_30_DAYS -> {
                    w.append(" and c.storedDeadline >= :today and c.storedDeadline <= :until");
                    params.put("until", today.plusDays(30));
                }
            }
            params.put("today", today);
        }
        if (q.sector() != null) {
            // A case is in a sector when its HS code starts with one of the sector's prefixes.
            w.append(" and exists (select 1 from Sector s join s.hsPrefixes p where s.code = :sector"
                    + " and replace(e.hsCode, '.', '') like concat(p, '%'))");
            params.put("sector", q.sector());
        }
        if (q.origin() != null) {
            w.append(" and e.originCountry = :origin");
            params.put("origin", q.origin());
        }
        if (q.port() != null) {
            w.append(" and lower(e.port) = :port");
            params.put("port", q.port().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.importer() != null) {
            w.append(" and c.organisationCode = :importer");
            params.put("importer", q.importer());
        }
        if (q.assignee() != null) {
            if (QueueQuery.UNASSIGNED.equals(q.assignee())) {
                w.append(" and c.assignee is null");
            } else {
                w.append(" and c.assignee = :assignee");
                params.put("assignee", QueueQuery.ME.equals(q.assignee()) ? me : q.assignee());
            }
        }
        return w.toString();
    }

    private static String orderBy(QueueQuery q) {
        // "Days detained" grows as the detention date recedes: ascending days is descending dates.
        boolean desc = q.sort() == QueueQuery.Column.DETAINED ? !q.descending() : q.descending();
        String direction = desc ? " desc" : " asc";
        // Every order is held whole by an index on the case (V6_51, V6_54), so a page reads its 25
        // cases and stops. Ties go the same way as the column: an index read backwards then serves a
        // descending order, which it cannot when the ties stay ascending.
        String ties = ", c.detainedOn" + direction + ", c.id" + direction;
        String path = switch (q.sort()) {
            case ENTRY -> "c.entryNumber";
            case IMPORTER -> "c.organisationCode";
            case GOODS -> "c.goodsSortKey";
            case VALUE -> "c.valueAmount";
            case DETAINED -> null;
            case DEADLINE -> "c.storedDeadline";
            case ASSIGNEE -> "c.assignee";
            case STATUS -> "c.status";
        };
        if (path == null) {
            return " order by c.detainedOn" + direction + ", c.id" + direction;
        }
        // Cases without the value (no running deadline, nobody assigned) always come last, each way
        // with an index of its own. The other columns are never empty.
        boolean mayBeEmpty = q.sort() == QueueQuery.Column.DEADLINE || q.sort() == QueueQuery.Column.ASSIGNEE;
        return " order by " + path + direction + (mayBeEmpty ? " nulls last" : "") + ties;
    }
}
