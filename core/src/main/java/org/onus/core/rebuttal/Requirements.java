package org.onus.core.rebuttal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.onus.core.designation.Designation;
import org.onus.core.entry.DisclosedInput;
import org.onus.core.entry.Entry;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.policy.StatePolicy;

/** What each route requires for a detained entry, in the order the importer should work through it. */
public final class Requirements {

    private Requirements() {}

    /**
     * The requirements of a route for an entry.
     *
     * <ul>
     *   <li>{@code NOT_APPLICABLE}: one {@code TRACE:<inputIndex>} per distinct matched input, in
     *       input order, the goods themselves ({@code -1}) first.
     *   <li>{@code EXCEPTION}: {@code POLICY_REPEALED:<policyId>} for every policy linked to every
     *       matched designation (in order of the matches, each policy once), then
     *       {@code TARGETS_NOT_ENFORCED}, then the four indicators. A match with no designation
     *       behind it (an officer's manual detention) adds no policy.
     * </ul>
     *
     * @param designations finds a designation version by id (the one the match names)
     * @param policies finds a state policy by id, for its title
     */
    public static List<Requirement> of(
            Route route,
            Entry entry,
            Function<UUID, Optional<Designation>> designations,
            Function<UUID, Optional<StatePolicy>> policies) {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(entry, "entry");
        return switch (route) {
            case NOT_APPLICABLE -> traces(entry);
            case EXCEPTION -> exception(entry, designations, policies);
        };
    }

    /**
     * The same requirements with each trace's chain of documents as the trace-chain table gives it
     * for the traced input's HS code (the goods' own for {@code TRACE:-1}), and the chain said in
     * the description: what the importer is asked for, kept with the case.
     *
     * @param chainForHsCode the chain for an HS code (the caller finds its sector and asks the table)
     */
    public static List<Requirement> withTraceChains(
            List<Requirement> requirements, Entry entry, Function<String, TraceChain> chainForHsCode) {
        List<DisclosedInput> inputs = entry.inputs();
        return requirements.stream()
                .map(r -> {
                    if (r.code().kind() != RequirementCode.Kind.TRACE) {
                        return r;
                    }
                    int index = r.code().inputIndex();
                    String hsCode = index >= 0 && index < inputs.size()
                            ? inputs.get(index).hsCode()
                            : entry.hsCode();
                    TraceChain chain = chainForHsCode.apply(hsCode);
                    return new Requirement(
                            r.code(),
                            r.description() + ". " + chain.needs(r.code().code()),
                            chain);
                })
                .toList();
    }

    private static List<Requirement> traces(Entry entry) {
        Set<Integer> indexes = new TreeSet<>();
        for (ScreeningMatch m : entry.matches()) {
            indexes.add(m.inputIndex());
        }
        List<DisclosedInput> inputs = entry.inputs();
        List<Requirement> result = new ArrayList<>();
        for (int index : indexes) {
            result.add(new Requirement(RequirementCode.trace(index), traceDescription(entry, inputs, index)));
        }
        return List.copyOf(result);
    }

    private static String traceDescription(Entry entry, List<DisclosedInput> inputs, int index) {
        if (index < 0 || index >= inputs.size()) {
            return "Trace the goods themselves (" + entry.description() + ") to where they were made";
        }
        DisclosedInput input = inputs.get(index);
        return "Trace input " + (index + 1) + " (" + input.material() + ", tier " + input.tier()
                + ") to where it was made";
    }

    private static List<Requirement> exception(
            Entry entry,
            Function<UUID, Optional<Designation>> designations,
            Function<UUID, Optional<StatePolicy>> policies) {
        Set<UUID> designationIds = new LinkedHashSet<>();
        for (ScreeningMatch m : entry.matches()) {
            designationIds.add(m.designationId());
        }
        Set<UUID> policyIds = new LinkedHashSet<>();
        for (UUID id : designationIds) {
            designations.apply(id).ifPresent(d -> policyIds.addAll(d.policyIds()));
        }
        List<Requirement> result = new ArrayList<>();
        for (UUID policyId : policyIds) {
            String title = policies.apply(policyId).map(StatePolicy::title).orElse("state policy " + policyId);
            result.add(new Requirement(
                    RequirementCode.policyRepealed(policyId),
                    "Official evidence that " + title + " was repealed (the registry must show it REPEAL_VERIFIED)"));
        }
        result.add(new Requirement(
                RequirementCode.targetsNotEnforced(),
                "Evidence that employment targets for the targeted groups are no longer set or enforced"));
        for (RequirementCode.Indicator indicator : RequirementCode.Indicator.values()) {
            result.add(new Requirement(RequirementCode.indicator(indicator), describe(indicator)));
        }
        return List.copyOf(result);
    }

    private static String describe(RequirementCode.Indicator indicator) {
        return switch (indicator) {
            case SECURITIZED_CONTEXT ->
                "Evidence that the social context is no longer securitised: surveillance,"
                        + " curtailed mobility and police-state controls have ended";
            case GRASSROOTS_MOBILIZATION ->
                "Evidence that grassroots mobilisation has ended: no local officials,"
                        + " work teams or state-affiliated entities recruit door to door";
            case EMPLOYMENT_POLICY ->
                "Evidence that no employment policy targets the group for coercive" + " mobilisation any more";
            case EXECUTION_STAGES ->
                "Evidence that no such policy is carried out at any of the six stages of work,"
                        + " from recruitment to retention";
        };
    }
}
