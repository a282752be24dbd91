package org.onus.core.detention;

import java.util.UUID;

/**
 * Fired, synchronously and inside the freeing transaction, when goods leave detention through
 * {@link CaseDecisions#free}: observers (the published decisions) act in the same transaction, so
 * the release and what follows from it commit or roll back together.
 */
public record GoodsFreed(UUID caseId) {}
