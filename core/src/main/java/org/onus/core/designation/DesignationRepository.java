package org.onus.core.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onus.core.persistence.ListTotals;

/** Designations and the list versions, as stored. */
@ApplicationScoped
public class DesignationRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    /** Null outside a container (unit tests): totals are then counted every time. */
    @Inject
    ListTotals totals;

    public List<Designation> findAll() {
        return entityManager
                .createNamedQuery("Designation.findAll", Designation.class)
                .getResultList();
    }

    /**
     * One page of the designations, only those in {@code status} when given, by title (then
     * version) or by the day they take effect, and how many match; both orders read an index (V2_11,
     * V6_23).
     */
    public DesignationPage page(
            DesignationStatus status, boolean byEffectiveFrom, boolean descending, int offset, int limit) {
        String where = status == null ? "" : " where d.status = :status";
        String direction = descending ? " desc" : " asc";
        String order = byEffectiveFrom
                ? " order by d.effectiveFrom" + direction + ", d.title, d.version, d.id"
                : " order by d.title" + direction + ", d.version" + direction + ", d.id";
        TypedQuery<Designation> rows =
                entityManager.createQuery("select d from Designation d" + where + order, Designation.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(d) from Designation d" + where, Long.class);
        if (status != null) {
            rows.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new DesignationPage(
                rows.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
    }

    public List<Designation> withStatus(Collection<DesignationStatus> statuses) {
        return entityManager
                .createNamedQuery("Designation.findByStatus", Designation.class)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    public List<Designation> series(UUID seriesId) {
        return entityManager
                .createNamedQuery("Designation.findBySeries", Designation.class)
                .setParameter("series", seriesId)
                .getResultList();
    }

    /** Designations with these statuses whose effective period includes the day. */
    public List<Designation> effectiveOn(LocalDate day, Collection<DesignationStatus> statuses) {
        return entityManager
                .createNamedQuery("Designation.findEffective", Designation.class)
                .setParameter("statuses", statuses)
                .setParameter("day", day)
                .getResultList();
    }

    private static final String EFFECTIVE =
            " from Designation d where d.status in :statuses and d.effectiveFrom <= :day"
                    + " and (d.effectiveTo is null or d.effectiveTo >= :day)";

    /**
     * One page of the designations with these statuses in force on the day, in list order (title,
     * version), and how many there are: the total is kept until the next audited change
     * ({@link ListTotals}), since every change to a designation is audited with it.
     */
    public DesignationPage effectiveOn(LocalDate day, Collection<DesignationStatus> statuses, int offset, int limit) {
        Map<String, Object> params = Map.of("statuses", Set.copyOf(statuses), "day", day);
        long total = ListTotals.count(totals, entityManager, "select count(d)" + EFFECTIVE, params);
        if (offset >= total) {
            return new DesignationPage(List.of(), total);
        }
        TypedQuery<Designation> rows = entityManager.createQuery(
                "select d" + EFFECTIVE + " order by d.title, d.version, d.id", Designation.class);
        params.forEach(rows::setParameter);
        return new DesignationPage(
                rows.setFirstResult(offset).setMaxResults(limit).getResultList(), total);
    }

    /**
     * The producers named by designations with these statuses in force on the day, by designation
     * in list order and then as each names them; designations naming none are not read.
     */
    public List<ListedProducerOn> producersListedOn(LocalDate day, Collection<DesignationStatus> statuses) {
        return entityManager
                .createQuery(
                        "select new org.onus.core.designation.ListedProducerOn(d.id, d.title, p.name)"
                                + " from Designation d join d.producers p where p.delistedAt is null and d.status in :statuses"
                                + " and d.effectiveFrom <= :day and (d.effectiveTo is null or d.effectiveTo >= :day)"
                                + " order by d.title, d.version, d.id, index(p)",
                        ListedProducerOn.class)
                .setParameter("statuses", statuses)
                .setParameter("day", day)
                .getResultList();
    }

    /** Whether a designation with one of these statuses names the sector. */
    public boolean anyNames(String sectorCode, Collection<DesignationStatus> statuses) {
        return !entityManager
                .createQuery(
                        "select d.id from Designation d join d.sectorCodes s where d.status in :statuses and s = :code",
                        UUID.class)
                .setParameter("statuses", statuses)
                .setParameter("code", sectorCode)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The ids of the designations with these statuses in force on the day, in list order. */
    public List<UUID> idsEffectiveOn(LocalDate day, Collection<DesignationStatus> statuses) {
        return entityManager
                .createQuery("select d.id" + EFFECTIVE + " order by d.title, d.version, d.id", UUID.class)
                .setParameter("statuses", statuses)
                .setParameter("day", day)
                .getResultList();
    }

    /** These designations, in the order of {@code ids}; an id with no designation is left out. */
    public List<Designation> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Designation> found = new HashMap<>();
        for (Designation d : entityManager
                .createQuery("select d from Designation d where d.id in :ids", Designation.class)
                .setParameter("ids", ids)
                .getResultList()) {
            found.put(d.id(), d);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public Optional<Designation> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Designation.class, id));
    }

    public void store(Designation designation) {
        entityManager.persist(designation);
    }

    /**
     * One page of the list versions, newest first, as rows: a version's entries are its whole
     * list, which a list of versions does not read (each version has one row; the count of its
     * designations is a subquery).
     */
    public ListVersionPage listVersionRows(int offset, int limit) {
        long total = entityManager
                .createQuery("select count(v) from DesignationListVersion v", Long.class)
                .getSingleResult();
        List<ListVersionRow> rows = entityManager
                .createQuery(
                        "select v.number, v.publishedAt, v.change, (select count(i) from DesignationListItem i"
                                + " where i.validFrom <= v.number and (i.validUntil is null or i.validUntil > v.number))"
                                + " from DesignationListVersion v order by v.number desc",
                        Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new ListVersionRow((Integer) r[0], (Instant) r[1], (String) r[2], ((Number) r[3]).intValue()))
                .toList();
        return new ListVersionPage(rows, total);
    }

    /** A list version with what it lists: the shared rows on it (V6_30), in list order. */
    public Optional<DesignationListVersion> listVersion(int number) {
        DesignationListVersion v = entityManager.find(DesignationListVersion.class, number);
        if (v == null) {
            return Optional.empty();
        }
        List<ListedDesignation> entries = ListRows.entriesInListOrder(entityManager
                .createNamedQuery("DesignationListItem.onVersion", DesignationListItem.class)
                .setParameter("number", number)
                .getResultList()
                .stream()
                .map(DesignationListItem::listed)
                .toList());
        List<ListedEntity> entities = ListRows.entitiesInListOrder(
                entries,
                entityManager
                        .createNamedQuery("DesignationListEntityItem.onVersion", DesignationListEntityItem.class)
                        .setParameter("number", number)
                        .getResultList()
                        .stream()
                        .map(DesignationListEntityItem::placed)
                        .toList());
        return Optional.of(v.listing(entries, entities));
    }

    /** The latest list version's number and publication time, without its rows. */
    public Optional<ListStamp> latestListStamp() {
        return entityManager
                .createQuery(
                        "select new org.onus.core.designation.ListStamp(v.number, v.publishedAt)"
                                + " from DesignationListVersion v where v.number ="
                                + " (select max(w.number) from DesignationListVersion w)",
                        ListStamp.class)
                .getResultStream()
                .findFirst();
    }

    public int latestListNumber() {
        Integer n = entityManager
                .createNamedQuery("DesignationListVersion.latestNumber", Integer.class)
                .getSingleResult();
        return n == null ? 0 : n;
    }

    /**
     * Stores a new list version as what changed since the last one (issue 14): the open rows of the
     * designations named are compared with how they stand now (listed again if still published,
     * closed if not); the rows of every other designation stay open, shared with the new version. A
     * list row is made from its designation alone, so a designation not named lists as before.
     * The cost follows the change, not the length of the list.
     *
     * <p>Then the open rows are counted against the designations in force and their producers. A
     * change that altered a designation's status without naming it would make them differ: the
     * publication then fails, in its transaction, rather than publish a list that is not the one
     * in force.
     *
     * @return how many designations the new version lists
     */
    public long storeChange(DesignationListVersion version, Collection<Designation> changed) {
        entityManager.persist(version);
        // The number is the key: a concurrent publication that took the same number fails here,
        // inside its transaction, rather than at commit, and the process engine retries it. Only then
        // are the shared rows touched, so a publication that lost the race closes nothing.
        entityManager.flush();
        int number = version.number();
        List<UUID> ids = changed.stream().map(Designation::id).distinct().toList();
        if (!ids.isEmpty()) {
            List<Designation> listed = changed.stream()
                    .filter(d -> d.status() == DesignationStatus.PUBLISHED)
                    .distinct()
                    .toList();
            DesignationListVersion now = DesignationListVersion.of(number, version.publishedAt(), "", listed);
            ListRows.Changes<DesignationListItem, ListedDesignation> entries = ListRows.publish(
                    entityManager
                            .createNamedQuery("DesignationListItem.openOf", DesignationListItem.class)
                            .setParameter("ids", ids)
                            .getResultList(),
                    i -> i.listed().rowContent(),
                    now.entries(),
                    ListedDesignation::rowContent);
            entries.closed().forEach(i -> i.closeAt(number));
            entries.opened().forEach(l -> entityManager.persist(DesignationListItem.openedBy(number, l)));
            ListRows.Changes<DesignationListEntityItem, ListRows.PlacedEntity> entities = ListRows.publish(
                    entityManager
                            .createNamedQuery("DesignationListEntityItem.openOf", DesignationListEntityItem.class)
                            .setParameter("ids", ids)
                            .getResultList(),
                    i -> i.placed().rowContent(),
                    ListRows.placed(now.entities()),
                    ListRows.PlacedEntity::rowContent);
            entities.closed().forEach(i -> i.closeAt(number));
            entities.opened().forEach(p -> entityManager.persist(DesignationListEntityItem.openedBy(number, p)));
            entityManager.flush();
        }
        return requireOpenRowsInForce(number);
    }

    private long requireOpenRowsInForce(int number) {
        long inForce = entityManager
                .createQuery("select count(d) from Designation d where d.status = :published", Long.class)
                .setParameter("published", DesignationStatus.PUBLISHED)
                .getSingleResult();
        long rows = entityManager
                .createQuery("select count(i) from DesignationListItem i where i.validUntil is null", Long.class)
                .getSingleResult();
        long producers = entityManager
                .createQuery(
                        "select count(p) from Designation d join d.producers p"
                                + " where d.status = :published and p.delistedAt is null",
                        Long.class)
                .setParameter("published", DesignationStatus.PUBLISHED)
                .getSingleResult();
        long entityRows = entityManager
                .createQuery("select count(i) from DesignationListEntityItem i where i.validUntil is null", Long.class)
                .getSingleResult();
        if (inForce != rows || producers != entityRows) {
            throw new IllegalStateException("List version " + number + " would list " + rows + " designations and "
                    + entityRows + " producers, but " + inForce + " designations naming " + producers
                    + " producers are in force: a change to the list did not name every designation it changed");
        }
        return rows;
    }
}
