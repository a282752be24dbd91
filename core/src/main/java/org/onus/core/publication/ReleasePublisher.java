package org.onus.core.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.onus.core.detention.GoodsFreed;

/**
 * Hears goods being freed, synchronously and inside the freeing transaction, and publishes an
 * exception-route release there and then: if publishing fails, the release rolls back with it.
 */
@ApplicationScoped
public class ReleasePublisher {

    @Inject
    PublicationService publications;

    void freed(@Observes GoodsFreed freed) {
        publications.publishIfExceptionRelease(freed.caseId());
    }
}
