package org.onus.core.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Full-text search over the library with Hibernate Search (an embedded Lucene index by default;
 * an Elasticsearch or OpenSearch cluster by configuration). Only items the actor may see are ever
 * matched: the access filter is part of the query, not applied afterwards.
 */
@ApplicationScoped
public class EvidenceSearch {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public EvidencePage search(EvidenceCriteria criteria, Set<AccessClass> visible) {
        SearchSession session = Search.session(entityManager);
        SearchResult<EvidenceItem> result = session.search(EvidenceItem.class)
                .where(f -> f.bool(b -> {
                    b.must(f.terms().field("accessClass").matchingAny(List.copyOf(visible)));
                    if (criteria.text() != null) {
                        b.must(f.simpleQueryString()
                                .fields("title", "source", "summary", "tags_text")
                                .matching(criteria.text())
                                .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
                    }
                    if (criteria.type() != null) {
                        b.must(f.match().field("type").matching(criteria.type()));
                    }
                    if (criteria.tag() != null) {
                        b.must(f.match().field("tags").matching(criteria.tag()));
                    }
                    if (criteria.from() != null || criteria.to() != null) {
                        b.must(f.range().field("documentDate").between(criteria.from(), criteria.to()));
                    }
                }))
                .sort(f -> criteria.text() != null
                        ? f.score().then().field("title_sort")
                        : f.field("documentDate").desc().missing().last().then().field("title_sort"))
                .fetch(criteria.offset(), criteria.limit());
        return new EvidencePage(result.hits(), result.total().hitCount());
    }

    /** How many items the index holds, to notice an index that has to be rebuilt. */
    public long indexedCount() {
        return Search.session(entityManager)
                .search(EvidenceItem.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }

    /** Rebuilds the index from the database (at start-up, when it is missing or behind). */
    public void rebuild() throws InterruptedException {
        Search.session(entityManager)
                .massIndexer(EvidenceItem.class)
                .threadsToLoadObjects(1)
                .startAndWait();
    }
}
