package org.onus.core.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Importer organisations' consent to be named, as stored. */
@ApplicationScoped
public class NameConsents {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public Optional<NameConsent> find(String organisationCode) {
        return Optional.ofNullable(entityManager.find(NameConsent.class, organisationCode));
    }

    public void store(NameConsent consent) {
        entityManager.persist(consent);
    }

    public void remove(String organisationCode) {
        find(organisationCode).ifPresent(entityManager::remove);
    }
}
