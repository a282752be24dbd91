package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.AssessmentItem;
import org.onus.core.designation.CoreFeature;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationAssembler;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.designation.DesignationStatus;
import org.onus.core.designation.RationaleKind;
import org.onus.core.designation.RiskAssessment;
import org.onus.core.sector.Sector;

class ScreeningRuleTest {

    static final UUID EVIDENCE = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    static final Map<String, Sector> SECTORS = Map.of(
            "COTTON", sector("COTTON", "5201", "5202", "5203"),
            "APPAREL", sector("APPAREL", "61", "62"),
            "POLYSILICON", sector("POLYSILICON", "280461"));

    static final DesignationAssembler.References REFERENCES = new DesignationAssembler.References(
            code -> Fixtures.TREE.codes().contains(code),
            code -> code.equals(Sector.ALL_GOODS) || SECTORS.containsKey(code),
            id -> true);

    static Sector sector(String code, String... prefixes) {
        return Sector.define(new Sector.Definition(code, code, null, List.of(prefixes), true));
    }

    static Optional<Sector> find(String code) {
        return Optional.ofNullable(SECTORS.get(code));
    }

    static RiskAssessment complete() {
        Map<AssessmentItem, RiskAssessment.Cell> cells = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.matrix()) {
            cells.put(item, new RiskAssessment.Cell("Findings", List.of(EVIDENCE), null));
        }
        return new RiskAssessment(
                new RiskAssessment.Precondition(true, "Labour transfer targets", List.of(EVIDENCE)),
                new RiskAssessment.Precondition(true, "Village work teams", List.of(EVIDENCE)),
                cells,
                Set.of(CoreFeature.PRODUCTION_QUOTAS),
                RationaleKind.BOTH);
    }

    static DesignationDraft description(List<String> sectors, String from) {
        return new DesignationDraft(
                "Xinjiang cotton and apparel",
                List.of("650000"),
                sectors,
                "Rebuttable presumption",
                "Cotton picking under labour transfer",
                List.of(),
                from,
                null,
                List.of(new DesignationDraft.Producer("Xinjiang Huafu Co., Ltd.", "650000")));
    }

    static Designation published(Designation d, LocalDate today) {
        d.submit("drafter", NOW);
        d.approve("senior", NOW);
        d.publish(today, NOW);
        return d;
    }

    @Test
    void sectorsResolveToTheirPrefixesAndAllGoodsToAllGoods() {
        Designation d = Designation.draft(
                DesignationAssembler.terms(description(List.of("COTTON", "APPAREL"), "2026-12-01"), REFERENCES),
                "drafter",
                NOW);

        ScreeningRule rule = ScreeningRule.of(d, ScreeningRuleTest::find);

        assertThat(rule.designationId()).isEqualTo(d.id());
        assertThat(rule.designationVersion()).isEqualTo(1);
        assertThat(rule.title()).isEqualTo("Xinjiang cotton and apparel");
        assertThat(rule.regionCodes()).containsExactly("650000");
        assertThat(rule.allGoods()).isFalse();
        assertThat(rule.hsPrefixes()).containsExactlyInAnyOrder("5201", "5202", "5203", "61", "62");
        assertThat(rule.producers())
                .singleElement()
                .satisfies(p -> assertThat(p.normalisedName()).isEqualTo("xinjiang huafu"));
        assertThat(rule.effectiveFrom()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(rule.effectiveTo()).isNull();

        Designation all = Designation.draft(
                DesignationAssembler.terms(description(List.of("ALL_GOODS"), "2026-12-01"), REFERENCES), "d", NOW);
        ScreeningRule everything = ScreeningRule.of(all, ScreeningRuleTest::find);
        assertThat(everything.allGoods()).isTrue();
        assertThat(everything.hsPrefixes()).isEmpty();
    }

    @Test
    void anUnknownSectorIsAnErrorNotASilentGap() {
        Designation d = Designation.draft(
                DesignationAssembler.terms(description(List.of("COTTON"), "2026-12-01"), REFERENCES), "d", NOW);

        assertThatThrownBy(() -> ScreeningRule.of(d, code -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COTTON");
    }

    @Test
    void aSupersededVersionEndsTheDayBeforeItsSuccessorBegins() {
        Designation v1 = Designation.draft(
                DesignationAssembler.terms(description(List.of("COTTON"), "2026-12-01"), REFERENCES), "drafter", NOW);
        v1.assess(complete(), EVIDENCE::equals, "drafter", NOW);
        published(v1, TODAY);

        // Version 2 widens the scope to apparel from 2027-03-01.
        Designation v2 = v1.amend("drafter", NOW);
        v2.redescribe(
                DesignationAssembler.terms(description(List.of("COTTON", "APPAREL"), "2027-03-01"), REFERENCES),
                "drafter",
                NOW);
        published(v2, TODAY);
        v1.supersede(v2, NOW);
        assertThat(v1.status()).isEqualTo(DesignationStatus.SUPERSEDED);

        ScreeningIndex index = ScreeningIndex.build(
                2,
                List.of(ScreeningRule.of(v1, ScreeningRuleTest::find), ScreeningRule.of(v2, ScreeningRuleTest::find)),
                Fixtures.TREE);
        List<ScreenedItem> items = List.of(
                new ScreenedItem(0, 1, "520100", "653125", null), new ScreenedItem(1, 1, "610910", "653125", null));

        assertThat(index.screen(LocalDate.parse("2027-02-28"), items))
                .extracting(Match::inputIndex, Match::designationVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
        assertThat(index.screen(LocalDate.parse("2027-03-01"), items))
                .extracting(Match::inputIndex, Match::designationVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(1, 2));
        assertThat(index.screen(LocalDate.parse("2026-11-30"), items)).isEmpty();
    }
}
