package org.onus.core.detention;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.onus.core.designation.Designation;
import org.onus.core.designation.ListedProducer;
import org.onus.core.entry.DisclosedInput;
import org.onus.core.entry.Entry;
import org.onus.core.entry.ManualGround;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.policy.StatePolicy;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.rebuttal.TraceChain;

/** What each route requires for a detained entry, in the order the importer should work through it. */
public final class Requirements {

    private Requirements() {}

    /**
     * What the registry and the region tree say, for entries an officer detained by hand citing
     * regions or producers: every state policy (to find those in force for the cited regions) and
     * whether one region lies within another (a region covers its descendants).
     *
     * @param policies every policy in the registry, in the order requirements should list them
     * @param within whether the first region code is the second or lies inside it
     */
    public record Registry(Supplier<List<StatePolicy>> policies, BiPredicate<String, String> within) {

        /** For callers that know the entry cites no region or producer; fails closed otherwise. */
        static final Registry NONE = new Registry(
                () -> {
                    throw new IllegalStateException(
                            "A manual detention citing regions or producers needs the policy registry and the region"
                                    + " tree: call Requirements.of with a Registry");
                },
                (a, b) -> {
                    throw new IllegalStateException(
                            "A manual detention citing regions or producers needs the region tree: call"
                                    + " Requirements.of with a Registry");
                });
    }

    /** Policy statuses that still count as in force for a manual detention's cited regions. */
    static final Set<PolicyStatus> IN_FORCE = EnumSet.of(PolicyStatus.IN_FORCE, PolicyStatus.REPEAL_CLAIMED);

    /**
     * The requirements of a route for an entry that was screened, or detained by hand citing no
     * region and no producer. Fails with {@link IllegalStateException} for one that did: use
     * {@link #of(Route, Entry, Function, Function, Registry)}.
     */
    public static List<Requirement> of(
            Route route,
            Entry entry,
            Function<UUID, Optional<Designation>> designations,
            Function<UUID, Optional<StatePolicy>> policies) {
        return of(route, entry, designations, policies, Registry.NONE);
    }

    /**
     * The requirements of a route for an entry.
     *
     * <ul>
     *   <li>{@code NOT_APPLICABLE}: one {@code TRACE:<inputIndex>} per distinct matched input, in
     *       input order, the goods themselves ({@code -1}) first. For a manual detention: the
     *       goods themselves, and every input from a cited region (or inside one) or from a cited
     *       producer (names compared as listed producers are).
     *   <li>{@code EXCEPTION}: {@code POLICY_REPEALED:<policyId>} for every policy linked to every
     *       matched designation (in order of the matches, each policy once), then
     *       {@code TARGETS_NOT_ENFORCED}, then the four indicators. A manual detention adds the
     *       policies linked to each cited designation exactly as a screened match does, and every
     *       cited policy; when it cites no designation, also every policy in the registry still in
     *       force ({@code IN_FORCE} or {@code REPEAL_CLAIMED}; a verified repeal is not in force)
     *       whose regions overlap a cited region or the region of an input from a cited producer
     *       (a policy for a province covers its prefectures; a policy for the country covers the
     *       province). The match line that records a manual detention names no designation and so
     *       adds no policy by itself.
     * </ul>
     *
     * @param designations finds a designation version by id (the one the match names)
     * @param policies finds a state policy by id, for its title
     * @param registry every policy and the region tree, for manual detentions citing regions or producers
     */
    public static List<Requirement> of(
            Route route,
            Entry entry,
            Function<UUID, Optional<Designation>> designations,
            Function<UUID, Optional<StatePolicy>> policies,
            Registry registry) {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(registry, "registry");
        return switch (route) {
            case NOT_APPLICABLE -> traces(entry, registry);
            case EXCEPTION -> exception(entry, designations, policies, registry);
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

    private static List<Requirement> traces(Entry entry, Registry registry) {
        Set<Integer> indexes = new TreeSet<>();
        for (ScreeningMatch m : entry.matches()) {
            indexes.add(m.inputIndex());
        }
        List<DisclosedInput> inputs = entry.inputs();
        if (entry.detainedManually()) {
            indexes.add(-1);
            indexes.addAll(citedInputs(entry, registry));
        }
        List<Requirement> result = new ArrayList<>();
        for (int index : indexes) {
            result.add(new Requirement(RequirementCode.trace(index), traceDescription(entry, inputs, index)));
        }
        return List.copyOf(result);
    }

    /** Inputs from a cited region (or inside one) or from a cited producer, by index. */
    private static Set<Integer> citedInputs(Entry entry, Registry registry) {
        List<String> regions = entry.manualGrounds(ManualGround.Kind.REGION);
        Set<String> producers = new HashSet<>();
        entry.manualGrounds(ManualGround.Kind.PRODUCER).forEach(p -> producers.add(ListedProducer.normalise(p)));
        Set<Integer> result = new TreeSet<>();
        if (regions.isEmpty() && producers.isEmpty()) {
            return result;
        }
        List<DisclosedInput> inputs = entry.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            DisclosedInput input = inputs.get(i);
            boolean fromRegion =
                    regions.stream().anyMatch(r -> registry.within().test(input.regionCode(), r));
            boolean fromProducer =
                    input.producer() != null && producers.contains(ListedProducer.normalise(input.producer()));
            if (fromRegion || fromProducer) {
                result.add(i);
            }
        }
        return result;
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
            Function<UUID, Optional<StatePolicy>> policies,
            Registry registry) {
        Set<UUID> designationIds = new LinkedHashSet<>();
        for (ScreeningMatch m : entry.matches()) {
            if (m.designationId() != null) {
                designationIds.add(m.designationId());
            }
        }
        List<String> citedDesignations = entry.manualGrounds(ManualGround.Kind.DESIGNATION);
        citedDesignations.forEach(id -> designationIds.add(UUID.fromString(id)));
        Set<UUID> policyIds = new LinkedHashSet<>();
        for (UUID id : designationIds) {
            designations.apply(id).ifPresent(d -> policyIds.addAll(d.policyIds()));
        }
        entry.manualGrounds(ManualGround.Kind.POLICY).forEach(id -> policyIds.add(UUID.fromString(id)));
        if (entry.detainedManually() && citedDesignations.isEmpty()) {
            policyIds.addAll(inForceFor(regionsCited(entry, registry), registry));
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

    /** The cited regions, and the regions of inputs from cited producers. */
    private static Set<String> regionsCited(Entry entry, Registry registry) {
        Set<String> regions = new LinkedHashSet<>(entry.manualGrounds(ManualGround.Kind.REGION));
        if (!entry.manualGrounds(ManualGround.Kind.PRODUCER).isEmpty()) {
            List<DisclosedInput> inputs = entry.inputs();
            for (int i : citedInputs(entry, registry)) {
                regions.add(inputs.get(i).regionCode());
            }
        }
        return regions;
    }

    /** Policies still in force whose regions overlap any of these, in the registry's order. */
    private static List<UUID> inForceFor(Set<String> regions, Registry registry) {
        if (regions.isEmpty()) {
            return List.of();
        }
        List<UUID> result = new ArrayList<>();
        for (StatePolicy p : registry.policies().get()) {
            if (IN_FORCE.contains(p.status())
                    && p.regionCodes().stream()
                            .anyMatch(pr -> regions.stream()
                                    .anyMatch(r -> registry.within().test(r, pr)
                                            || registry.within().test(pr, r)))) {
                result.add(p.id());
            }
        }
        return result;
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
