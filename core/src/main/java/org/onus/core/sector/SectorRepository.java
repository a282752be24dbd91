package org.onus.core.sector;

import java.util.List;
import java.util.Optional;

public interface SectorRepository {

    List<Sector> findAll();

    Optional<Sector> find(String code);

    void store(Sector sector);
}
