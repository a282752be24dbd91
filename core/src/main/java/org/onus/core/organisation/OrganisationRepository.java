package org.onus.core.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> find(OrganisationCode code);

    List<Organisation> findAll();

    void store(Organisation organisation);

    /**
     * The organisation with the candidate's code: the one already registered, or the candidate,
     * stored now in the caller's transaction. Registrations take turns: one that finds the code
     * missing waits for any other registration in progress to end, so two at once never both
     * insert it.
     */
    Organisation registerIfMissing(Organisation candidate);
}
