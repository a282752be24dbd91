package org.onus.workflows.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
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
import org.onus.core.evidence.EvidenceType;
import org.onus.core.policy.RepealEvidenceTable;
import org.onus.workflows.testing.ProcessTestEngines;

/** The policy status evidence table: each rule row, and every library evidence type decided exactly once. */
@Deployment(resources = PolicyStatusEvidenceTableTest.TABLE)
class PolicyStatusEvidenceTableTest {

    static final String TABLE = "processes/policy-status-evidence.dmn";

    /** What the issue allows to show a repeal: an official notice or gazette, a court or legislative record. */
    static final Set<EvidenceType> OFFICIAL_RECORDS =
            EnumSet.of(EvidenceType.POLICY_REPEAL_NOTICE, EvidenceType.COURT_RECORD, EvidenceType.LEGISLATIVE_RECORD);

    /** What never shows a repeal, whatever else changes in the table. */
    static final Set<EvidenceType> NEVER = EnumSet.of(
            EvidenceType.FACTORY_AUDIT, EvidenceType.CERTIFICATION, EvidenceType.COMPANY_STATEMENT, EvidenceType.OTHER);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    /** One case per rule row: the row's id, a type it must catch, whether it admits, and words its reason must use. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("Rule_OfficialRepealNotice", "POLICY_REPEAL_NOTICE", true, "official gazette"),
                Arguments.of("Rule_CourtRecord", "COURT_RECORD", true, "court"),
                Arguments.of("Rule_LegislativeRecord", "LEGISLATIVE_RECORD", true, "legislative record"),
                Arguments.of("Rule_FactoryAudit", "FACTORY_AUDIT", false, "audits never count"),
                Arguments.of("Rule_Certification", "CERTIFICATION", false, "workplace audits"),
                Arguments.of("Rule_CompanyStatement", "COMPANY_STATEMENT", false, "not an official record"),
                Arguments.of("Rule_Other", "OTHER", false, "type OTHER"),
                Arguments.of("Rule_StateDocument", "STATE_DOCUMENT", false, "not an act of repeal"),
                Arguments.of("Rule_SecondaryAccounts", "RESEARCH_REPORT", false, "prompt a repeal claim"),
                Arguments.of("Rule_TradeDocuments", "INVOICE", false, "where goods came from"));
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

    private DmnDecisionTableResult evaluate(String type) {
        return processEngine
                .getDecisionService()
                .evaluateDecisionTableByKey(
                        PolicyStatusEvidence.DECISION_KEY,
                        Variables.createVariables().putValue("evidenceType", type));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rules")
    void eachRuleRowDecidesWhatItSays(String ruleId, String type, boolean admissible, String words) {
        DmnDecisionRuleResult row = evaluate(type).getSingleResult();

        assertThat(row).as("a rule matched").isNotNull();
        assertThat((Boolean) row.getEntry("admissible")).isEqualTo(admissible);
        assertThat((String) row.getEntry("reason")).contains(words);
        HistoricDecisionInstance evaluation = processEngine
                .getHistoryService()
                .createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(PolicyStatusEvidence.DECISION_KEY)
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
    void everyEvidenceTypeIsDecidedByExactlyOneRowAndOnlyOfficialRecordsShowARepeal() {
        for (EvidenceType type : EvidenceType.values()) {
            // UNIQUE hit policy: two matching rows would make the engine throw here.
            DmnDecisionTableResult result = evaluate(type.name());

            assertThat(result).as(type.name()).hasSize(1);
            DmnDecisionRuleResult row = result.getSingleResult();
            assertThat((Boolean) row.getEntry("admissible")).as(type.name()).isEqualTo(OFFICIAL_RECORDS.contains(type));
            assertThat((String) row.getEntry("reason")).as(type.name()).isNotBlank();
            if (!OFFICIAL_RECORDS.contains(type)) {
                assertThat((String) row.getEntry("reason"))
                        .as(type.name() + " says what would count")
                        .contains("official repeal notice or gazette, or the court or legislative record")
                        .doesNotContain("satisfies");
            }
        }
        assertThat(NEVER).allSatisfy(t -> assertThat(OFFICIAL_RECORDS).doesNotContain(t));
    }

    @Test
    void theBeanAnswersAsTheTableDoes() {
        PolicyStatusEvidence table = new PolicyStatusEvidence(processEngine.getDecisionService());

        RepealEvidenceTable.Verdict notice = table.judge(EvidenceType.POLICY_REPEAL_NOTICE);
        RepealEvidenceTable.Verdict audit = table.judge(EvidenceType.FACTORY_AUDIT);

        assertThat(notice.admissible()).isTrue();
        assertThat(audit.admissible()).isFalse();
        assertThat(audit.reason()).contains("SA8000", "audits never count");
        for (EvidenceType type : NEVER) {
            assertThat(table.judge(type).admissible()).as(type.name()).isFalse();
        }
    }

    @Test
    void anUnknownTypeMatchesNoRowAndTheBeanRefusesToGuess() {
        assertThat(evaluate("PHOTOGRAPH")).isEmpty();
        assertThatThrownBy(() -> new PolicyStatusEvidence(processEngine.getDecisionService()).judge(null))
                .isInstanceOf(NullPointerException.class);
    }
}
