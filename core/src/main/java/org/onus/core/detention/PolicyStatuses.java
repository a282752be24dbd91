package org.onus.core.detention;

import java.util.Optional;
import java.util.UUID;
import org.onus.core.policy.PolicyStatus;

/**
 * The policy registry as the release gate reads it: a question the case asks, never an answer a
 * caller hands in.
 */
@FunctionalInterface
public interface PolicyStatuses {

    /** The registry status of a policy now; empty when there is no such policy. */
    Optional<PolicyStatus> statusOf(UUID policyId);
}
