package org.onus.core.organisation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores an organisation seen for the first time in a transaction of its own, committed at once.
 * Two members of a new organisation acting at the same instant (two filings, say) both try to
 * register it: in their own transactions the loser's insert would fail at the end of its whole
 * unit of work and take that work down with it. Here only this small transaction fails, and the
 * caller then finds the winner's row.
 */
@Stateless
public class FirstUseRegistration {

    @Inject
    OrganisationRepository organisations;

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void register(Organisation organisation) {
        if (organisations.find(organisation.code()).isEmpty()) {
            organisations.store(organisation);
            // The unique code is checked here, inside this transaction, not at the caller's commit.
            entityManager.flush();
        }
    }
}
