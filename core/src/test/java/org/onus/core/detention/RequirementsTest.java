package org.onus.core.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationAssembler;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryAssembler;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryStatus;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.policy.StatePolicy;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.rebuttal.TraceChain;

class RequirementsTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static final StatePolicy TRANSFER = policy("Labour transfer plan 2021-2025");
    static final StatePolicy POVERTY = policy("Poverty alleviation through employment");
    static final UUID UNKNOWN_POLICY = UUID.fromString("0f000000-0000-4000-8000-00000000dead");

    static final Designation COTTON = designation("Xinjiang cotton", TRANSFER.id(), POVERTY.id());
    static final Designation TOMATOES = designation("Xinjiang tomatoes", POVERTY.id(), UNKNOWN_POLICY);

    static final Map<UUID, Designation> DESIGNATIONS = Map.of(COTTON.id(), COTTON, TOMATOES.id(), TOMATOES);
    static final Map<UUID, StatePolicy> POLICIES = Map.of(TRANSFER.id(), TRANSFER, POVERTY.id(), POVERTY);

    static StatePolicy policy(String title) {
        return StatePolicy.enact(
                new StatePolicy.Description(title, "Regional government", null, null, List.of("650000"), List.of()),
                new StatePolicy.References(code -> true, id -> true));
    }

    static Designation designation(String title, UUID... policies) {
        return Designation.draft(
                DesignationAssembler.terms(
                        new DesignationDraft(
                                title,
                                List.of("650000"),
                                List.of("COTTON"),
                                "Rebuttable presumption",
                                "State-imposed forced labour",
                                java.util.Arrays.stream(policies)
                                        .map(UUID::toString)
                                        .toList(),
                                "2026-12-01",
                                null),
                        new DesignationAssembler.References(code -> true, code -> true, id -> true)),
                "drafter",
                NOW);
    }

    /** Inputs: 0 cotton yarn (tier 2), 1 buttons (tier 1), 2 cotton lint (tier 3). */
    static Entry entry(ScreeningMatch... matches) {
        return entry(EntryStatus.DETAINED, matches);
    }

    static Entry entry(EntryStatus status, ScreeningMatch... matches) {
        Entry entry = Entry.file(
                EntryAssembler.filing(
                        new EntryDraft(
                                "E-1",
                                "6109.10",
                                "Cotton T-shirts",
                                "CN",
                                "1250.00",
                                "USD",
                                "2026-12-01",
                                "Rotterdam",
                                List.of(
                                        new EntryDraft.InputDraft(
                                                "2", "Cotton yarn", "5205", null, "650000", null, null),
                                        new EntryDraft.InputDraft("1", "Buttons", "9606", null, "VN", null, null),
                                        new EntryDraft.InputDraft(
                                                "3", "Cotton lint", "5201", null, "653125", null, null))),
                        new EntryAssembler.References(code -> true, code -> true),
                        LocalDate.parse("2026-11-28")),
                "ACME",
                "importer-a",
                null,
                NOW);
        entry.recordScreening(new Entry.Screening(status, 7, List.of(matches)), NOW);
        return entry;
    }

    static ScreeningMatch match(Designation d, int inputIndex) {
        return new ScreeningMatch(
                d.id(),
                1,
                d.title(),
                inputIndex,
                2,
                "650000",
                "650000",
                "520500",
                org.onus.core.entry.MatchReason.REGION_AND_SECTOR,
                null);
    }

    static List<Requirement> requirements(Route route, Entry entry) {
        return Requirements.of(
                route,
                entry,
                id -> Optional.ofNullable(DESIGNATIONS.get(id)),
                id -> Optional.ofNullable(POLICIES.get(id)));
    }

    @Test
    void notApplicableAsksForOneTracePerDistinctMatchedInputTheGoodsFirst() {
        Entry entry = entry(match(COTTON, 2), match(COTTON, 0), match(TOMATOES, 2), match(COTTON, -1));

        assertThat(requirements(Route.NOT_APPLICABLE, entry))
                .containsExactly(
                        new Requirement(
                                RequirementCode.parse("TRACE:-1"),
                                "Trace the goods themselves (Cotton T-shirts) to where they were made"),
                        new Requirement(
                                RequirementCode.parse("TRACE:0"),
                                "Trace input 1 (Cotton yarn, tier 2) to where it was made"),
                        new Requirement(
                                RequirementCode.parse("TRACE:2"),
                                "Trace input 3 (Cotton lint, tier 3) to where it was made"));
    }

    @Test
    void exceptionAsksForEveryLinkedPolicyOnceThenTargetsThenTheFourIndicators() {
        Entry entry = entry(match(COTTON, 0), match(TOMATOES, 2), match(COTTON, 2));

        List<Requirement> requirements = requirements(Route.EXCEPTION, entry);

        List<RequirementCode> policyCodes = COTTON.policyIds().stream()
                .map(RequirementCode::policyRepealed)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        policyCodes.add(RequirementCode.policyRepealed(UNKNOWN_POLICY));
        assertThat(requirements)
                .extracting(r -> r.code().code())
                .containsExactly(
                        policyCodes.get(0).code(),
                        policyCodes.get(1).code(),
                        policyCodes.get(2).code(),
                        "TARGETS_NOT_ENFORCED",
                        "INDICATOR_SECURITIZED_CONTEXT",
                        "INDICATOR_GRASSROOTS_MOBILIZATION",
                        "INDICATOR_EMPLOYMENT_POLICY",
                        "INDICATOR_EXECUTION_STAGES");
        assertThat(requirements)
                .filteredOn(r -> r.code().equals(RequirementCode.policyRepealed(TRANSFER.id())))
                .singleElement()
                .extracting(Requirement::description)
                .isEqualTo("Official evidence that Labour transfer plan 2021-2025 was repealed"
                        + " (the registry must show it REPEAL_VERIFIED)");
        assertThat(requirements)
                .filteredOn(r -> r.code().equals(RequirementCode.policyRepealed(UNKNOWN_POLICY)))
                .singleElement()
                .extracting(Requirement::description)
                .asString()
                .startsWith("Official evidence that state policy " + UNKNOWN_POLICY + " was repealed");
        assertThat(requirements).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }

    // Manual detentions: requirements follow from the grounds the officer cited.

    /** Region tree for these tests: CN > 650000 (Xinjiang) > 653100 (Kashgar) > 653125; CN > 540000 (Tibet). */
    static final Map<String, String> PATHS = Map.of(
            "CN", "CN",
            "650000", "CN/650000",
            "653100", "CN/650000/653100",
            "653125", "CN/650000/653100/653125",
            "540000", "CN/540000",
            "VN", "VN");

    static boolean within(String inner, String outer) {
        String i = PATHS.get(inner);
        String o = PATHS.get(outer);
        return i != null && o != null && (i.equals(o) || i.startsWith(o + "/"));
    }

    static StatePolicy policy(String title, String region) {
        return StatePolicy.enact(
                new StatePolicy.Description(title, "Regional government", null, null, List.of(region), List.of()),
                new StatePolicy.References(code -> true, id -> true));
    }

    static final StatePolicy XINJIANG_PLAN = policy("Xinjiang labour transfer plan", "650000");
    static final StatePolicy KASHGAR_RULES = policy("Kashgar surplus labour rules", "653100");
    static final StatePolicy NATIONAL_LAW = policy("National poverty alleviation law", "CN");
    static final StatePolicy TIBET_PLAN = policy("Tibet vocational training plan", "540000");
    static final StatePolicy CLAIMED = policy("Xinjiang claimed repeal", "650000");
    static final StatePolicy VERIFIED = policy("Xinjiang verified repeal", "650000");

    static {
        StatePolicy.Mover regulator =
                new StatePolicy.Mover("regulator", java.util.Set.of(org.onus.core.identity.Role.REGULATOR));
        StatePolicy.Mover senior =
                new StatePolicy.Mover("senior", java.util.Set.of(org.onus.core.identity.Role.SENIOR_REGULATOR));
        org.onus.core.policy.RepealEvidenceTable official =
                type -> new org.onus.core.policy.RepealEvidenceTable.Verdict(true, "official");
        CLAIMED.changeStatus(
                org.onus.core.policy.PolicyStatus.REPEAL_CLAIMED, "claimed", List.of(), regulator, official, NOW);
        VERIFIED.changeStatus(
                org.onus.core.policy.PolicyStatus.REPEAL_CLAIMED, "claimed", List.of(), regulator, official, NOW);
        VERIFIED.changeStatus(
                org.onus.core.policy.PolicyStatus.REPEAL_VERIFIED,
                "verified",
                List.of(new StatePolicy.CitedEvidence(
                        UUID.fromString("0e000000-0000-4000-8000-000000000001"),
                        org.onus.core.evidence.EvidenceType.POLICY_REPEAL_NOTICE)),
                senior,
                official,
                NOW);
    }

    static final List<StatePolicy> REGISTRY =
            List.of(XINJIANG_PLAN, KASHGAR_RULES, NATIONAL_LAW, TIBET_PLAN, CLAIMED, VERIFIED);

    static List<Requirement> manual(Route route, Entry entry) {
        Map<UUID, StatePolicy> all = new java.util.HashMap<>(POLICIES);
        REGISTRY.forEach(p -> all.put(p.id(), p));
        return Requirements.of(
                route,
                entry,
                id -> Optional.ofNullable(DESIGNATIONS.get(id)),
                id -> Optional.ofNullable(all.get(id)),
                new Requirements.Registry(() -> REGISTRY, RequirementsTest::within));
    }

    static final Entry.GroundReferences REFS = new Entry.GroundReferences(
            id -> Optional.ofNullable(DESIGNATIONS.get(id))
                    .map(d -> new Entry.CitedDesignation(d.id(), d.version(), d.title())),
            id -> REGISTRY.stream()
                    .filter(p -> p.id().equals(id))
                    .map(StatePolicy::title)
                    .findFirst(),
            code -> PATHS.containsKey(code) ? Optional.of(code) : Optional.empty());

    static Entry detained(List<UUID> designations, List<UUID> policies, List<String> regions, List<String> producers) {
        Entry entry = entry(EntryStatus.CLEARED);
        entry.detainManually(
                "officer-b",
                new org.onus.core.entry.DetentionGrounds(
                        "Intelligence about the spinner",
                        designations.stream().map(UUID::toString).toList(),
                        policies.stream().map(UUID::toString).toList(),
                        regions,
                        producers),
                REFS,
                NOW);
        return entry;
    }

    static List<String> codes(List<Requirement> requirements) {
        return requirements.stream().map(r -> r.code().code()).toList();
    }

    static final List<String> TARGETS_AND_INDICATORS = List.of(
            "TARGETS_NOT_ENFORCED",
            "INDICATOR_SECURITIZED_CONTEXT",
            "INDICATOR_GRASSROOTS_MOBILIZATION",
            "INDICATOR_EMPLOYMENT_POLICY",
            "INDICATOR_EXECUTION_STAGES");

    /** The cotton designation's policies, in the designation's order. */
    static StatePolicy[] cottonPolicies(StatePolicy... more) {
        List<StatePolicy> all = new java.util.ArrayList<>();
        COTTON.policyIds().forEach(id -> all.add(POLICIES.get(id)));
        all.addAll(List.of(more));
        return all.toArray(StatePolicy[]::new);
    }

    static List<String> policiesThenTargets(StatePolicy... policies) {
        List<String> expected = new java.util.ArrayList<>();
        for (StatePolicy p : policies) {
            expected.add("POLICY_REPEALED:" + p.id());
        }
        expected.addAll(TARGETS_AND_INDICATORS);
        return expected;
    }

    @Test
    void aCitedDesignationAddsItsLinkedPoliciesAsAScreenedMatchDoesAndNoRegionalPolicy() {
        Entry entry = detained(List.of(COTTON.id()), List.of(), List.of("650000"), List.of());

        assertThat(codes(manual(Route.EXCEPTION, entry)))
                .containsExactlyElementsOf(codes(requirements(Route.EXCEPTION, entry(match(COTTON, 0)))));
        assertThat(codes(manual(Route.EXCEPTION, entry)))
                .containsExactlyElementsOf(policiesThenTargets(cottonPolicies()));
    }

    @Test
    void onlyARegionCitedAsksForThePoliciesStillInForceThatCoverItOrLieInsideItThenTargetsAndTheFourIndicators() {
        Entry entry = detained(List.of(), List.of(), List.of("650000"), List.of());

        // Xinjiang: its own plan, the Kashgar rules inside it, the national law around it, and the
        // claimed (unproven) repeal; not Tibet's plan, not the verified repeal.
        assertThat(codes(manual(Route.EXCEPTION, entry)))
                .containsExactlyElementsOf(policiesThenTargets(XINJIANG_PLAN, KASHGAR_RULES, NATIONAL_LAW, CLAIMED));
    }

    @Test
    void aCitedPrefectureDoesNotPullInThePoliciesOfANeighbouringProvince() {
        Entry entry = detained(List.of(), List.of(), List.of("653125"), List.of());

        assertThat(codes(manual(Route.EXCEPTION, entry)))
                .containsExactlyElementsOf(policiesThenTargets(XINJIANG_PLAN, KASHGAR_RULES, NATIONAL_LAW, CLAIMED));
        assertThat(codes(manual(Route.EXCEPTION, detained(List.of(), List.of(), List.of("540000"), List.of()))))
                .containsExactlyElementsOf(policiesThenTargets(NATIONAL_LAW, TIBET_PLAN));
    }

    @Test
    void aCitedPolicyIsRequiredWhateverElseIsCited() {
        assertThat(codes(manual(Route.EXCEPTION, detained(List.of(), List.of(TIBET_PLAN.id()), List.of(), List.of()))))
                .containsExactlyElementsOf(policiesThenTargets(TIBET_PLAN));
        assertThat(codes(manual(
                        Route.EXCEPTION,
                        detained(List.of(COTTON.id()), List.of(TIBET_PLAN.id()), List.of(), List.of()))))
                .containsExactlyElementsOf(policiesThenTargets(cottonPolicies(TIBET_PLAN)));
        assertThat(manual(Route.EXCEPTION, detained(List.of(), List.of(TIBET_PLAN.id()), List.of(), List.of())))
                .filteredOn(r -> r.code().equals(RequirementCode.policyRepealed(TIBET_PLAN.id())))
                .singleElement()
                .extracting(Requirement::description)
                .asString()
                .startsWith("Official evidence that Tibet vocational training plan was repealed");
    }

    @Test
    void aCitedProducerCountsTheRegionsOfItsInputsForPolicies() {
        // Input 2 (cotton lint) comes from 653125 and is made by the cited producer.
        Entry entry = entry(EntryStatus.CLEARED);
        Entry withProducer = Entry.file(
                EntryAssembler.filing(
                        new EntryDraft(
                                "E-2",
                                "6109.10",
                                "Cotton T-shirts",
                                "CN",
                                "1250.00",
                                "USD",
                                "2026-12-01",
                                "Rotterdam",
                                List.of(
                                        new EntryDraft.InputDraft(
                                                "1", "Buttons", "9606", "Hanoi Buttons", "VN", null, null),
                                        new EntryDraft.InputDraft(
                                                "3",
                                                "Cotton lint",
                                                "5201",
                                                "Kashgar Ginning Co., Ltd.",
                                                "653125",
                                                null,
                                                null))),
                        new EntryAssembler.References(code -> true, code -> true),
                        LocalDate.parse("2026-11-28")),
                "ACME",
                "importer-a",
                null,
                NOW);
        withProducer.recordScreening(new Entry.Screening(EntryStatus.CLEARED, 7, List.of()), NOW);
        withProducer.detainManually(
                "officer-b",
                new org.onus.core.entry.DetentionGrounds(
                        "Intelligence", List.of(), List.of(), List.of(), List.of("kashgar ginning")),
                REFS,
                NOW);

        assertThat(codes(manual(Route.EXCEPTION, withProducer)))
                .containsExactlyElementsOf(policiesThenTargets(XINJIANG_PLAN, KASHGAR_RULES, NATIONAL_LAW, CLAIMED));
        assertThat(codes(manual(Route.NOT_APPLICABLE, withProducer))).containsExactly("TRACE:-1", "TRACE:1");
        assertThat(entry.status()).isEqualTo(EntryStatus.CLEARED);
    }

    @Test
    void notApplicableTracesTheGoodsAndTheInputsInCitedRegions() {
        // Inputs: 0 from 650000, 1 from VN, 2 from 653125 (inside Xinjiang).
        assertThat(codes(manual(Route.NOT_APPLICABLE, detained(List.of(), List.of(), List.of("650000"), List.of()))))
                .containsExactly("TRACE:-1", "TRACE:0", "TRACE:2");
        assertThat(codes(manual(Route.NOT_APPLICABLE, detained(List.of(), List.of(), List.of("653100"), List.of()))))
                .containsExactly("TRACE:-1", "TRACE:2");
        assertThat(codes(manual(Route.NOT_APPLICABLE, detained(List.of(COTTON.id()), List.of(), List.of(), List.of()))))
                .containsExactly("TRACE:-1");
    }

    @Test
    void withoutTheRegistryAManualDetentionCitingRegionsFailsClosedRatherThanAskingForLess() {
        Entry entry = detained(List.of(), List.of(), List.of("650000"), List.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> requirements(Route.EXCEPTION, entry))
                .isInstanceOf(IllegalStateException.class);
        // Citing only designations and policies needs no registry.
        assertThat(codes(
                        requirements(Route.EXCEPTION, detained(List.of(COTTON.id()), List.of(), List.of(), List.of()))))
                .containsExactlyElementsOf(policiesThenTargets(cottonPolicies()));
    }

    @Test
    void eachTraceGetsTheChainOfItsInputsHsCodeSaidInItsDescriptionAndOtherRequirementsNone() {
        Entry entry = entry(match(COTTON, 1), match(COTTON, -1));
        TraceChain strict = TraceChain.parse("PRODUCTION_RECORD;INVOICE;SUPPLY_CHAIN_MAP");
        List<String> asked = new java.util.ArrayList<>();

        List<Requirement> traces = Requirements.withTraceChains(
                Requirements.of(Route.NOT_APPLICABLE, entry, id -> Optional.empty(), id -> Optional.empty()),
                entry,
                hs -> {
                    asked.add(hs);
                    return hs.startsWith("61") ? strict : TraceChain.DEFAULT;
                });

        assertThat(asked).as("the goods' own HS code, then input 2's").containsExactly("610910", "9606");
        assertThat(traces).extracting(Requirement::chain).containsExactly(strict, TraceChain.DEFAULT);
        assertThat(traces.get(1).description())
                .startsWith("Trace input 2 (Buttons, tier 1)")
                .contains("TRACE:1 needs a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE");
        Requirement targets = new Requirement(RequirementCode.targetsNotEnforced(), "Targets");
        assertThat(Requirements.withTraceChains(List.of(targets), entry, hs -> strict))
                .containsExactly(targets);
    }
}
