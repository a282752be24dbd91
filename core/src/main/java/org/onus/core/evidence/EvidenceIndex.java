package org.onus.core.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes sure the search index covers the library when the application starts: items added by
 * migrations (the seeded sources) or while the index was elsewhere are indexed then.
 */
@Singleton
@Startup
public class EvidenceIndex {

    private static final Logger LOG = Logger.getLogger(EvidenceIndex.class.getName());

    @Inject
    EvidenceSearch search;

    @Inject
    EvidenceRepository items;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void catchUp() {
        long stored = items.count();
        long indexed = search.indexedCount();
        if (stored != indexed) {
            LOG.info(() -> "Evidence index holds " + indexed + " of " + stored + " items; rebuilding it");
            try {
                search.rebuild();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
