package org.onus.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Entries as stored. */
@ApplicationScoped
public class EntryRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

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

    /** Entries matching the criteria, newest first; organisation null means every organisation. */
    public List<Entry> find(EntryCriteria c) {
        StringBuilder jpql = new StringBuilder("select e from Entry e where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (c.organisationCode() != null) {
            jpql.append(" and e.organisationCode = :org");
            params.add(new Object[] {"org", c.organisationCode()});
        }
        if (c.filedByOrganisation() != null) {
            jpql.append(" and e.filedByOrganisation = :broker");
            params.add(new Object[] {"broker", c.filedByOrganisation()});
        }
        if (c.status() != null) {
            jpql.append(" and e.status = :status");
            params.add(new Object[] {"status", c.status()});
        }
        if (c.originCountry() != null) {
            jpql.append(" and e.originCountry = :origin");
            params.add(new Object[] {"origin", c.originCountry()});
        }
        if (c.port() != null) {
            jpql.append(" and lower(e.port) like :port");
            params.add(new Object[] {"port", "%" + c.port().toLowerCase(java.util.Locale.ROOT) + "%"});
        }
        if (c.hsPrefixes() != null && !c.hsPrefixes().isEmpty()) {
            jpql.append(" and (");
            for (int i = 0; i < c.hsPrefixes().size(); i++) {
                jpql.append(i == 0 ? "" : " or ").append("e.hsCode like :hs").append(i);
                params.add(new Object[] {"hs" + i, c.hsPrefixes().get(i) + "%"});
            }
            jpql.append(")");
        }
        jpql.append(" order by e.filedAt desc");
        TypedQuery<Entry> query = entityManager.createQuery(jpql.toString(), Entry.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setMaxResults(c.limit()).getResultList();
    }
}
