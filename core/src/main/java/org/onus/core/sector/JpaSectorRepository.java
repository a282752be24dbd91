package org.onus.core.sector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaSectorRepository implements SectorRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Override
    public List<Sector> findAll() {
        return entityManager.createNamedQuery("Sector.findAll", Sector.class).getResultList();
    }

    @Override
    public Optional<Sector> find(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(
                        entityManager.find(Sector.class, code.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public void store(Sector sector) {
        entityManager.persist(sector);
    }
}
