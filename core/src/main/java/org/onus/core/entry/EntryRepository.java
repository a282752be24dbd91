package org.onus.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.persistence.ListTotals;

/** Entries as stored. */
@ApplicationScoped
public class EntryRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Inject
    ListTotals totals;

    public Optional<Entry> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Entry.class, id));
    }

    public Optional<Entry> findByNumber(String organisationCode, String entryNumber) {
        return entityManager
                .createNamedQuery("Entry.findByNumber", Entry.class)
                .setParameter("org", organisationCode)
                .setParameter("number", entryNumber)
                .getResultStream()
                .findFirst();
    }

    /**
     * The fingerprints of the organisation's entries with these numbers, by number: what checking a
     * batch of a bulk file compares against. One indexed lookup per number: an {@code in} list
     * over the composite unique key made H2 scan the table, which grew with every file.
     */
    public Map<String, String> fingerprints(String organisationCode, Collection<String> entryNumbers) {
        Map<String, String> found = new HashMap<>();
        var query = entityManager.createQuery(
                "select e.fingerprint from Entry e where e.organisationCode = :org and e.entryNumber = :number",
                String.class);
        query.setParameter("org", organisationCode);
        for (String number : entryNumbers) {
            query.setParameter("number", number).getResultStream().findFirst().ifPresent(f -> found.put(number, f));
        }
        return found;
    }

    /** Entries a new designation list applies to: not detained, and arriving after {@code today} or held. */
    public List<UUID> awaitingList(java.time.LocalDate today) {
        return entityManager
                .createQuery(
                        "select e.id from Entry e where e.status <> :detained and (e.arrivalDate > :today or e.held = true)"
                                + " order by e.arrivalDate",
                        UUID.class)
                .setParameter("detained", EntryStatus.DETAINED)
                .setParameter("today", today)
                .getResultList();
    }

    public void store(Entry entry) {
        entityManager.persist(entry);
        // The entry number is unique per organisation: a concurrent filing of the same number
        // fails here, inside the transaction, where the service can say so.
        entityManager.flush();
    }

    /**
     * One page of the entries matching the criteria, in their order, and how many match in all;
     * organisation null means every organisation. Filtering, counting, sorting and paging are the
     * database's, so a page reads one page of entries however many there are.
     */
    public EntryPage page(EntryCriteria c) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(c, params);
        TypedQuery<Entry> rows =
                entityManager.createQuery("select e from Entry e" + where + orderBy(c.sort()), Entry.class);
        params.forEach(rows::setParameter);
        long total = ListTotals.count(totals, entityManager, "select count(e) from Entry e" + where, params);
        if (c.offset() >= total) {
            return new EntryPage(List.of(), total);
        }
        return new EntryPage(
                rows.setFirstResult(c.offset()).setMaxResults(c.limit()).getResultList(), total);
    }

    private static String where(EntryCriteria c, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (c.organisationCode() != null) {
            w.append(" and e.organisationCode = :org");
            params.put("org", c.organisationCode());
        }
        if (c.filedByOrganisation() != null) {
            w.append(" and e.filedByOrganisation = :broker");
            params.put("broker", c.filedByOrganisation());
        }
        if (c.status() != null) {
            w.append(" and e.status = :status");
            params.put("status", c.status());
        }
        if (c.originCountry() != null) {
            w.append(" and e.originCountry = :origin");
            params.put("origin", c.originCountry());
        }
        if (c.port() != null) {
            // A part of the port's name, as the contract has always matched it; no index serves a
            // substring, so this filter narrows what the indexed ones and the page already bound.
            w.append(" and lower(e.port) like :port");
            params.put("port", "%" + c.port().toLowerCase(Locale.ROOT) + "%");
        }
        if (!c.hsPrefixes().isEmpty()) {
            w.append(" and (");
            for (int i = 0; i < c.hsPrefixes().size(); i++) {
                w.append(i == 0 ? "" : " or ").append("e.hsCode like :hs").append(i);
                params.put("hs" + i, c.hsPrefixes().get(i) + "%");
            }
            w.append(")");
        }
        return w.toString();
    }

    private static String orderBy(EntrySort sort) {
        String path = switch (sort.column()) {
            case FILED -> "e.filedAt";
            case ENTRY -> "e.entryNumber";
            case IMPORTER -> "e.organisationCode";
            case ORIGIN -> "e.originCountry";
            case ARRIVAL -> "e.arrivalDate";
            case STATUS -> "e.status";
        };
        String direction = sort.descending() ? " desc" : " asc";
        // Ties (one importer's entries, one day's arrivals) newest filed first, then by id: a fixed
        // order, so that an entry is on exactly one page.
        String ties = sort.column() == EntrySort.Column.FILED ? "" : ", e.filedAt desc";
        return " order by " + path + direction + ties + ", e.id" + direction;
    }
}
