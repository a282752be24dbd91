package org.onus.workflows.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.workflows.testing.ProcessTestEngines;

/** The evidence admissibility table: each rule row, and every combination decided exactly once. */
@Deployment(resources = EvidenceAdmissibilityTableTest.TABLE)
class EvidenceAdmissibilityTableTest {

    static final String TABLE = "processes/evidence-admissibility.dmn";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    /** Every requirement kind the table is asked about, {@code NONE} for evidence not linked to one. */
    static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        for (RequirementCode.Kind kind : RequirementCode.Kind.values()) {
            kinds.add(kind.name());
        }
        kinds.add(EvidenceAdmissibility.NOT_LINKED);
        return kinds;
    }

    /** One case per rule row: the row's id, an input it must catch, and whether it admits. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("Rule_FactoryAudit", "FACTORY_AUDIT", "EXCEPTION", "INDICATOR", false),
                Arguments.of("Rule_Certification", "CERTIFICATION", "NOT_APPLICABLE", "TRACE", false),
                Arguments.of("Rule_Other", "OTHER", "NOT_APPLICABLE", "NONE", false),
                Arguments.of(
                        "Rule_ExceptionRequirementOnNotApplicableRoute",
                        "POLICY_REPEAL_NOTICE",
                        "NOT_APPLICABLE",
                        "POLICY_REPEALED",
                        false),
                Arguments.of("Rule_TraceRequirementOnExceptionRoute", "INVOICE", "EXCEPTION", "TRACE", false),
                Arguments.of("Rule_TracingDocumentTracesInput", "PURCHASE_ORDER", "NOT_APPLICABLE", "TRACE", true),
                Arguments.of("Rule_OriginTestTracesInput", "ORIGIN_TEST", "NOT_APPLICABLE", "TRACE", true),
                Arguments.of(
                        "Rule_ExceptionEvidenceCannotTrace", "WITNESS_STATEMENT", "NOT_APPLICABLE", "TRACE", false),
                Arguments.of(
                        "Rule_RepealNoticeProvesRepeal", "POLICY_REPEAL_NOTICE", "EXCEPTION", "POLICY_REPEALED", true),
                Arguments.of(
                        "Rule_UnofficialEvidenceCannotProveRepeal",
                        "POLICY_ANALYSIS",
                        "EXCEPTION",
                        "POLICY_REPEALED",
                        false),
                Arguments.of(
                        "Rule_TracingEvidenceCannotProveRepeal",
                        "PURCHASE_ORDER",
                        "EXCEPTION",
                        "POLICY_REPEALED",
                        false),
                Arguments.of(
                        "Rule_TargetEvidenceShowsTargetsNotEnforced",
                        "EMPLOYMENT_TARGET_EVIDENCE",
                        "EXCEPTION",
                        "TARGETS_NOT_ENFORCED",
                        true),
                Arguments.of(
                        "Rule_RepealNoticeCannotShowTargetsNotEnforced",
                        "POLICY_REPEAL_NOTICE",
                        "EXCEPTION",
                        "TARGETS_NOT_ENFORCED",
                        false),
                Arguments.of(
                        "Rule_StatementCannotShowTargetsNotEnforced",
                        "WITNESS_STATEMENT",
                        "EXCEPTION",
                        "TARGETS_NOT_ENFORCED",
                        false),
                Arguments.of(
                        "Rule_TracingEvidenceCannotShowTargetsNotEnforced",
                        "ORIGIN_TEST",
                        "EXCEPTION",
                        "TARGETS_NOT_ENFORCED",
                        false),
                Arguments.of("Rule_IndicatorEvidence", "WITNESS_STATEMENT", "EXCEPTION", "INDICATOR", true),
                Arguments.of(
                        "Rule_RepealNoticeCannotShowIndicator",
                        "POLICY_REPEAL_NOTICE",
                        "EXCEPTION",
                        "INDICATOR",
                        false),
                Arguments.of(
                        "Rule_TracingEvidenceCannotShowIndicator", "SUPPLY_CHAIN_MAP", "EXCEPTION", "INDICATOR", false),
                Arguments.of("Rule_SupportingTracingEvidence", "TRANSPORT_DOCUMENT", "NOT_APPLICABLE", "NONE", true),
                Arguments.of("Rule_SupportingExceptionEvidence", "POLICY_ANALYSIS", "EXCEPTION", "NONE", true),
                Arguments.of("Rule_TracingEvidenceOffRoute", "PRODUCTION_RECORD", "EXCEPTION", "NONE", false),
                Arguments.of(
                        "Rule_ExceptionEvidenceOffRoute",
                        "EMPLOYMENT_TARGET_EVIDENCE",
                        "NOT_APPLICABLE",
                        "NONE",
                        false));
    }

    @BeforeEach
    void forgetEarlierEvaluations() {
        processEngine
                .getRepositoryService()
                .createDecisionDefinitionQuery()
                .list()
                .forEach(
                        d -> processEngine.getHistoryService().deleteHistoricDecisionInstanceByDefinitionId(d.getId()));
    }

    private DmnDecisionTableResult evaluate(String type, String route, String kind) {
        return processEngine
                .getDecisionService()
                .evaluateDecisionTableByKey(
                        EvidenceAdmissibility.DECISION_KEY,
                        Variables.createVariables()
                                .putValue("evidenceType", type)
                                .putValue("route", route)
                                .putValue("requirementKind", kind));
    }

    @ParameterizedTest(name = "{0}: {1} on {2} for {3}")
    @MethodSource("rules")
    void eachRuleRowDecidesWhatItSays(String ruleId, String type, String route, String kind, boolean admissible) {
        DmnDecisionRuleResult row = evaluate(type, route, kind).getSingleResult();

        assertThat(row).as("a rule matched").isNotNull();
        assertThat((Boolean) row.getEntry("admissible")).isEqualTo(admissible);
        assertThat((String) row.getEntry("reason")).isNotBlank();
        HistoricDecisionInstance evaluation = processEngine
                .getHistoryService()
                .createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(EvidenceAdmissibility.DECISION_KEY)
                .includeOutputs()
                .singleResult();
        assertThat(evaluation.getOutputs())
                .extracting(HistoricDecisionOutputInstance::getRuleId)
                .containsOnly(ruleId);
    }

    @Test
    void everyRuleRowHasACaseAboveAndADescription() throws Exception {
        List<Rule> rows;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TABLE)) {
            rows = List.copyOf(Dmn.readModelFromStream(in).getModelElementsByType(Rule.class));
        }
        List<String> tested = rules().map(a -> (String) a.get()[0]).toList();

        assertThat(rows).extracting(Rule::getId).containsExactlyInAnyOrderElementsOf(tested);
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.getDescription().getTextContent()).isNotBlank());
    }

    @Test
    void everyTypeRouteAndKindIsDecidedByExactlyOneRowAndAuditsNeverCount() {
        Set<CaseEvidenceType> admittedSomewhere = EnumSet.noneOf(CaseEvidenceType.class);
        int decided = 0;
        for (CaseEvidenceType type : CaseEvidenceType.values()) {
            for (Route route : Route.values()) {
                for (String kind : kinds()) {
                    String combination = type + " on " + route + " for " + kind;
                    // UNIQUE hit policy: two matching rows would make the engine throw here.
                    DmnDecisionTableResult result = evaluate(type.name(), route.name(), kind);

                    assertThat(result).as(combination).hasSize(1);
                    DmnDecisionRuleResult row = result.getSingleResult();
                    assertThat((String) row.getEntry("reason")).as(combination).isNotBlank();
                    if (type.neverAdmissible()) {
                        assertThat((Boolean) row.getEntry("admissible"))
                                .as("the table admits a type the domain says never counts: " + combination)
                                .isFalse();
                    }
                    if (Boolean.TRUE.equals(row.getEntry("admissible"))) {
                        admittedSomewhere.add(type);
                    }
                    if (!kind.equals(EvidenceAdmissibility.NOT_LINKED)
                            && RequirementCode.Kind.valueOf(kind).route() != route) {
                        assertThat((Boolean) row.getEntry("admissible"))
                                .as(combination)
                                .isFalse();
                        if (!type.neverAdmissible()) {
                            assertThat((String) row.getEntry("reason"))
                                    .as(combination)
                                    .contains("belongs to the other route");
                        }
                    }
                    decided++;
                }
            }
        }
        assertThat(decided).isEqualTo(CaseEvidenceType.values().length * Route.values().length * kinds().size());
        // One source of truth: the types the table never admits, on any route for any kind, are
        // exactly the domain's list. A new never-admitted row, or a type dropped from the list,
        // fails here until both say the same.
        Set<CaseEvidenceType> tableNeverAdmits = EnumSet.complementOf(EnumSet.copyOf(admittedSomewhere));
        assertThat(tableNeverAdmits)
                .as("types the table never admits vs CaseEvidenceType.neverAdmitted()")
                .containsExactlyInAnyOrderElementsOf(CaseEvidenceType.neverAdmitted());
    }

    @Test
    void aFactoryAuditIsNeverAdmissibleAndSaysWhy() {
        for (Route route : Route.values()) {
            for (String kind : kinds()) {
                DmnDecisionRuleResult row =
                        evaluate("FACTORY_AUDIT", route.name(), kind).getSingleResult();
                assertThat((Boolean) row.getEntry("admissible")).isFalse();
                assertThat((String) row.getEntry("reason"))
                        .contains(
                                "SA8000",
                                "amfori BSCI",
                                "SMETA",
                                "WRAP",
                                "worker interviews",
                                "satisfies no requirement");
            }
        }
    }

    @Test
    void anUnknownTypeMatchesNoRow() {
        assertThat(evaluate("PHOTOGRAPH", "EXCEPTION", "INDICATOR")).isEmpty();
    }
}
