package org.onus.core.evidence;

import java.util.Optional;
import java.util.UUID;

public interface EvidenceRepository {

    Optional<EvidenceItem> find(UUID id);

    long count();

    void store(EvidenceItem item);
}
