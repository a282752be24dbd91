package org.onus.core.upr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Imported UPR records, as stored. */
@ApplicationScoped
public class UprRecordRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public Optional<UprRecord> record(UUID id) {
        return Optional.ofNullable(entityManager.find(UprRecord.class, id));
    }

    public void store(UprRecord record) {
        entityManager.persist(record);
    }

    /** The stored records with these identities, by identity; one query however long the file. */
    public Map<String, UprRecord> byIdentity(Collection<String> identityKeys) {
        if (identityKeys.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery("select r from UprRecord r where r.identityKey in :keys", UprRecord.class)
                .setParameter("keys", identityKeys)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(UprRecord::identityKey, Function.identity()));
    }

    /**
     * What one recommending State recommended to the State under review in cycles before this one,
     * latest cycle first: what an advocacy brief shows a permanent mission.
     */
    public List<UprRecord> earlierRecommendations(String stateUnderReview, String recommendingState, int beforeCycle) {
        return entityManager
                .createQuery(
                        "select r from UprRecord r where lower(r.stateUnderReview) = lower(:state)"
                                + " and lower(r.recommendingState) = lower(:by) and r.cycle < :cycle"
                                + " order by r.cycle desc, r.session desc, r.documentSymbol, r.paragraph, r.identityKey",
                        UprRecord.class)
                .setParameter("state", stateUnderReview)
                .setParameter("by", recommendingState)
                .setParameter("cycle", beforeCycle)
                .getResultList();
    }

    /** The most ids in one {@code in} list, well under every database's limit on parameters. */
    private static final int CHUNK = 1000;

    /**
     * One page of imported records and the team's own recommendations together, newest cycle
     * first. The database filters, orders, counts and pages; only the page's rows are loaded. Own
     * recommendations are every revision not replaced by a later approved one: drafts, those in
     * review or returned, and the approved ones that are current.
     *
     * @param first the index of the first row to answer, from 0
     */
    public UprHits search(UprFind find, int first, int max, int pageNumber) {
        Map<String, Object> parameters = new HashMap<>();
        String union = union(find, parameters);
        if (union == null) {
            return new UprHits(0, pageNumber, max, List.of());
        }
        Query count = entityManager.createNativeQuery("select count(*) from (" + union + ") u");
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || first >= total) {
            return new UprHits(total, pageNumber, max, List.of());
        }
        Query page = entityManager.createNativeQuery("select u.src, u.id from (" + union + ") u"
                + " order by u.cycle_number desc, u.wg_session desc, u.src, u.sort_state, u.sort_ref, u.id");
        parameters.forEach(page::setParameter);
        page.setFirstResult(first);
        page.setMaxResults(max);
        List<?> rows = page.getResultList();
        List<Object[]> keys = new ArrayList<>();
        Set<UUID> recordIds = new LinkedHashSet<>();
        Set<UUID> ownIds = new LinkedHashSet<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            int src = ((Number) columns[0]).intValue();
            UUID id = uuid(columns[1]);
            (src == 0 ? recordIds : ownIds).add(id);
            keys.add(new Object[] {src, id});
        }
        Map<UUID, UprRecord> records = load(
                UprRecord.class,
                "select distinct r from UprRecord r left join fetch r.themes where r.id in :ids",
                recordIds);
        Map<UUID, Recommendation> own =
                load(Recommendation.class, "select r from Recommendation r where r.id in :ids", ownIds);
        List<UprHit> hits = new ArrayList<>();
        for (Object[] k : keys) {
            UUID id = (UUID) k[1];
            if ((int) k[0] == 0) {
                Optional.ofNullable(records.get(id)).map(UprHit::of).ifPresent(hits::add);
            } else {
                Optional.ofNullable(own.get(id)).map(UprHit::of).ifPresent(hits::add);
            }
        }
        return new UprHits(total, pageNumber, max, hits);
    }

    /** A uuid column as the driver answers it in a native query: a UUID (PostgreSQL), 16 bytes (H2) or text. */
    static UUID uuid(Object column) {
        if (column instanceof UUID u) {
            return u;
        }
        if (column instanceof byte[] b && b.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(column.toString());
    }

    private <T> Map<UUID, T> load(Class<T> type, String jpql, Set<UUID> ids) {
        Map<UUID, T> found = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<UUID> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            for (T t : entityManager
                    .createQuery(jpql, type)
                    .setParameter("ids", chunk)
                    .getResultList()) {
                UUID id = t instanceof UprRecord r ? r.id() : ((Recommendation) t).id();
                found.put(id, t);
            }
        }
        return found;
    }

    /**
     * The filtered rows of both sides as one SQL union (src 0 for records, 1 for own ones), or null
     * when neither side can match. Only the filters given take part, so nothing compares with null.
     */
    static String union(UprFind f, Map<String, Object> parameters) {
        Optional<Theme> theme = Optional.ofNullable(f.theme()).flatMap(Theme::parse);
        boolean records = f.source() != UprHit.Kind.OWN;
        boolean own = f.source() != UprHit.Kind.IMPORTED && (f.theme() == null || theme.isPresent());
        if (!records && !own) {
            return null;
        }
        if (f.stateUnderReview() != null) {
            parameters.put("sur", f.stateUnderReview().toLowerCase(Locale.ROOT));
        }
        if (f.recommendingState() != null) {
            parameters.put("rec", f.recommendingState().toLowerCase(Locale.ROOT));
        }
        if (f.cycle() != null) {
            parameters.put("cyc", f.cycle());
        }
        if (f.session() != null) {
            parameters.put("ses", f.session());
        }
        if (f.response() != null) {
            parameters.put("resp", f.response().name());
        }
        if (f.actionCategory() != null) {
            parameters.put("cat", f.actionCategory());
        }
        if (f.text() != null) {
            String escaped = f.text()
                    .toLowerCase(Locale.ROOT)
                    .replace("!", "!!")
                    .replace("%", "!%")
                    .replace("_", "!_");
            parameters.put("txt", "%" + escaped + "%");
        }
        List<String> parts = new ArrayList<>();
        if (records) {
            StringBuilder q = new StringBuilder("select 0 as src, x.id as id, x.cycle_number as cycle_number,"
                    + " x.wg_session as wg_session, lower(x.recommending_state) as sort_state,"
                    + " coalesce(x.document_symbol, '') || '#' || coalesce(x.paragraph, '') as sort_ref"
                    + " from upr_record x where 1 = 1");
            filters(
                    q,
                    f,
                    "x.state_under_review",
                    "x.recommending_state",
                    "x.cycle_number",
                    "x.wg_session",
                    "x.response",
                    "x.action_category",
                    "x.body");
            if (f.theme() != null) {
                Set<String> labels = new LinkedHashSet<>();
                labels.add(f.theme().toLowerCase(Locale.ROOT));
                theme.ifPresent(t -> labels.addAll(labels(t)));
                parameters.put("labels", List.copyOf(labels));
                q.append(" and exists (select 1 from upr_record_theme xt where xt.record_id = x.id"
                        + " and lower(xt.theme) in (:labels))");
            }
            parts.add(q.toString());
        }
        if (own) {
            StringBuilder q = new StringBuilder("select 1 as src, r.id as id, v.cycle_number as cycle_number,"
                    + " v.wg_session as wg_session, lower(coalesce(r.proposed_for, '')) as sort_state,"
                    + " '' as sort_ref"
                    + " from upr_recommendation r join upr_review v on v.id = r.review_id"
                    + " where r.superseded_by is null");
            filters(
                    q,
                    f,
                    "v.state_under_review",
                    "r.proposed_for",
                    "v.cycle_number",
                    "v.wg_session",
                    "r.state_response",
                    "r.action_category",
                    "r.body");
            if (theme.isPresent()) {
                parameters.put("code", theme.get().name());
                q.append(" and exists (select 1 from upr_recommendation_theme rt where rt.recommendation_id = r.id"
                        + " and rt.theme = :code)");
            }
            parts.add(q.toString());
        }
        return String.join(" union all ", parts);
    }

    private static void filters(
            StringBuilder q,
            UprFind f,
            String stateUnderReview,
            String recommendingState,
            String cycle,
            String session,
            String response,
            String category,
            String text) {
        if (f.stateUnderReview() != null) {
            q.append(" and lower(").append(stateUnderReview).append(") = :sur");
        }
        if (f.recommendingState() != null) {
            q.append(" and lower(").append(recommendingState).append(") = :rec");
        }
        if (f.cycle() != null) {
            q.append(" and ").append(cycle).append(" = :cyc");
        }
        if (f.session() != null) {
            q.append(" and ").append(session).append(" = :ses");
        }
        if (f.response() != null) {
            q.append(" and ").append(response).append(" = :resp");
        }
        if (f.actionCategory() != null) {
            q.append(" and ").append(category).append(" = :cat");
        }
        if (f.text() != null) {
            q.append(" and lower(").append(text).append(") like :txt escape '!'");
        }
    }

    /** The lower-case labels {@link Theme#parse} maps to a theme: its code, spelled three ways, and its label. */
    static Set<String> labels(Theme t) {
        String code = t.name().toLowerCase(Locale.ROOT);
        return new LinkedHashSet<>(List.of(
                code, code.replace('_', ' '), code.replace('_', '-'), t.label().toLowerCase(Locale.ROOT)));
    }

    /** The recommending States the records and the team's proposals name, for the search form. */
    public List<String> recommendingStates() {
        List<String> states = new ArrayList<>();
        for (Object s : entityManager
                .createQuery("select distinct r.recommendingState from UprRecord r order by r.recommendingState")
                .setMaxResults(500)
                .getResultList()) {
            states.add((String) s);
        }
        return states;
    }
}
