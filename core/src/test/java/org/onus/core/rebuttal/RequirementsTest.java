package org.onus.core.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.Designation;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryStatus;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.policy.StatePolicy;

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
                new Designation.Description(
                        title,
                        List.of("650000"),
                        List.of("COTTON"),
                        "Rebuttable presumption",
                        "State-imposed forced labour",
                        java.util.Arrays.stream(policies).map(UUID::toString).toList(),
                        "2026-12-01",
                        null),
                new Designation.References(code -> true, code -> true, id -> true),
                "drafter",
                NOW);
    }

    /** Inputs: 0 cotton yarn (tier 2), 1 buttons (tier 1), 2 cotton lint (tier 3). */
    static Entry entry(ScreeningMatch... matches) {
        return entry(EntryStatus.DETAINED, matches);
    }

    static Entry entry(EntryStatus status, ScreeningMatch... matches) {
        Entry entry = Entry.file(
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
                                new EntryDraft.InputDraft("2", "Cotton yarn", "5205", null, "650000", null, null),
                                new EntryDraft.InputDraft("1", "Buttons", "9606", null, "VN", null, null),
                                new EntryDraft.InputDraft("3", "Cotton lint", "5201", null, "653125", null, null))),
                new Entry.References(code -> true, code -> true),
                "ACME",
                "importer-a",
                null,
                NOW,
                LocalDate.parse("2026-11-28"));
        entry.recordScreening(new Entry.Screening(status, 7, List.of(matches)), NOW);
        return entry;
    }

    static ScreeningMatch match(Designation d, int inputIndex) {
        return new ScreeningMatch(
                d.id(), 1, d.title(), inputIndex, 2, "650000", "650000", "520500", "REGION_AND_SECTOR", null);
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

    @Test
    void aManualDetentionHasNoDesignationSoTheExceptionRouteAsksForNoPolicy() {
        Entry entry = entry(EntryStatus.CLEARED);
        entry.detainManually("officer-b", "Intelligence about the spinner", NOW);

        assertThat(requirements(Route.EXCEPTION, entry))
                .extracting(r -> r.code().kind())
                .doesNotContain(RequirementCode.Kind.POLICY_REPEALED)
                .hasSize(5);
        assertThat(requirements(Route.NOT_APPLICABLE, entry))
                .extracting(r -> r.code().code())
                .containsExactly("TRACE:-1");
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
