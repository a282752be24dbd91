package org.onus.core.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> find(OrganisationCode code);

    List<Organisation> findAll();

    void store(Organisation organisation);
}
