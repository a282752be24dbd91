package org.onus.core.policy;

import org.onus.core.evidence.EvidenceType;

/**
 * Port: whether a type of library evidence can show that a state policy was repealed. The answer
 * comes from the {@code policy-status-evidence} decision table in the workflows module, so
 * regulators change what counts in one place; the policy aggregate asks, it never decides itself.
 */
@FunctionalInterface
public interface RepealEvidenceTable {

    /**
     * @throws IllegalStateException if the table has no rule for the type (a gap its tests rule out)
     */
    Verdict judge(EvidenceType type);

    /** What the table said, and why, in words shown to the regulator as they are. */
    record Verdict(boolean admissible, String reason) {}
}
