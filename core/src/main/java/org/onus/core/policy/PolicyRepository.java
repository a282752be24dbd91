package org.onus.core.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PolicyRepository {

    List<StatePolicy> findAll();

    Optional<StatePolicy> find(UUID id);

    void store(StatePolicy policy);
}
