package org.onus.core.rebuttal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onus.core.policy.PolicyStatus;

/**
 * When a requirement is met: only by admissible evidence linked to it and accepted by an officer;
 * a {@code POLICY_REPEALED} requirement also needs the policy to be {@code REPEAL_VERIFIED} in the
 * registry, so an accepted notice alone is a claim, not proof; a {@code TRACE} requirement needs
 * every group of its {@link TraceChain chain} filled (one document never traces an input). A type
 * that {@link CaseEvidenceType#neverAdmissible() never counts} (audits, certifications, OTHER)
 * satisfies nothing, whatever it is flagged.
 */
public final class Satisfaction {

    private Satisfaction() {}

    /**
     * @param evidence the case's evidence (any; only what is linked to this requirement counts)
     * @param policyStatus the registry status of the requirement's policy; ignored unless the
     *     requirement is {@code POLICY_REPEALED}, where {@code null} (no such policy) is not met
     */
    public static boolean isSatisfied(
            Requirement requirement, List<SubmittedEvidence> evidence, PolicyStatus policyStatus) {
        Objects.requireNonNull(requirement, "requirement");
        RequirementCode code = requirement.code();
        if (code.kind() == RequirementCode.Kind.POLICY_REPEALED && policyStatus != PolicyStatus.REPEAL_VERIFIED) {
            return false;
        }
        if (code.kind() == RequirementCode.Kind.TRACE) {
            return missing(requirement, evidence).isEmpty();
        }
        return evidence.stream().anyMatch(e -> e.counts(code));
    }

    /**
     * The groups of a trace's chain that no counting document fills yet, in order; empty for a
     * requirement that is not a trace.
     */
    public static List<Set<CaseEvidenceType>> missing(Requirement requirement, List<SubmittedEvidence> evidence) {
        if (requirement.chain() == null) {
            return List.of();
        }
        Set<CaseEvidenceType> counted = evidence.stream()
                .filter(e -> e.counts(requirement.code()))
                .map(SubmittedEvidence::type)
                .collect(Collectors.toSet());
        return requirement.chain().missing(counted);
    }

    /**
     * The requirements not yet met, in their order: what a release is refused with.
     *
     * @param policyStatus the registry status of a policy, empty if there is no such policy
     */
    public static List<Requirement> unmet(
            List<Requirement> requirements,
            List<SubmittedEvidence> evidence,
            Function<UUID, Optional<PolicyStatus>> policyStatus) {
        return requirements.stream()
                .filter(r -> !isSatisfied(r, evidence, statusFor(r.code(), policyStatus)))
                .toList();
    }

    private static PolicyStatus statusFor(RequirementCode code, Function<UUID, Optional<PolicyStatus>> policyStatus) {
        return code.kind() == RequirementCode.Kind.POLICY_REPEALED
                ? policyStatus.apply(code.policyId()).orElse(null)
                : null;
    }
}
