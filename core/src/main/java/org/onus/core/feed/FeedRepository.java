package org.onus.core.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Registered foreign authorities and the drafts imported from their feeds. */
@ApplicationScoped
public class FeedRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public List<ForeignAuthority> authorities() {
        return entityManager
                .createNamedQuery("ForeignAuthority.findAll", ForeignAuthority.class)
                .getResultList();
    }

    public Optional<ForeignAuthority> authority(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entityManager.find(ForeignAuthority.class, id));
    }

    Optional<ForeignAuthority> authorityNamed(String name) {
        return entityManager
                .createNamedQuery("ForeignAuthority.byName", ForeignAuthority.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    void store(ForeignAuthority authority) {
        entityManager.persist(authority);
    }

    void store(ImportedDesignation imported) {
        entityManager.persist(imported);
    }

    Optional<ImportedDesignation> imported(UUID authorityId, String foreignId) {
        return entityManager
                .createNamedQuery("ImportedDesignation.byForeignId", ImportedDesignation.class)
                .setParameter("authority", authorityId)
                .setParameter("foreignId", foreignId)
                .getResultStream()
                .findFirst();
    }

    public Optional<ImportedDesignation> importedAs(UUID designationId) {
        return Optional.ofNullable(entityManager.find(ImportedDesignation.class, designationId));
    }

    public List<ImportedDesignation> importedFrom(UUID authorityId) {
        return entityManager
                .createNamedQuery("ImportedDesignation.byAuthority", ImportedDesignation.class)
                .setParameter("authority", authorityId)
                .setMaxResults(200)
                .getResultList();
    }
}
