package org.onus.workflows.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.TraceChain;
import org.onus.core.rebuttal.TraceChainTable;
import org.onus.workflows.testing.AmendedTables;
import org.onus.workflows.testing.ProcessTestEngines;

/** The trace-chain table: the default, the stricter sector row, and every row above the floor. */
@Deployment(resources = TraceChainTableTest.TABLE)
class TraceChainTableTest {

    static final String TABLE = "processes/trace-chain.dmn";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;
    TraceChainRules rules;

    @BeforeEach
    void create() {
        rules = new TraceChainRules(processEngine.getDecisionService());
    }

    @ParameterizedTest
    @ValueSource(strings = {TraceChainTable.NO_SECTOR, "TOMATO", "POLYSILICON", "ALL_GOODS", "SOMETHING_NEW"})
    void anyOtherSectorNeedsAProductionRecordPlusATransportOrPaymentDocument(String sector) {
        TraceChain chain = rules.chainFor(sector);

        assertThat(chain).isEqualTo(TraceChain.DEFAULT);
        assertThat(chain.groups())
                .containsExactly(
                        Set.of(CaseEvidenceType.PRODUCTION_RECORD),
                        Set.of(CaseEvidenceType.TRANSPORT_DOCUMENT, CaseEvidenceType.INVOICE));
        assertThat(chain.metBy(List.of(CaseEvidenceType.INVOICE)))
                .as("a single invoice")
                .isFalse();
        assertThat(chain.metBy(List.of(CaseEvidenceType.ORIGIN_TEST)))
                .as("a lone origin test")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"COTTON", "APPAREL"})
    void cottonAndApparelAlsoNeedASupplyChainMap(String sector) {
        TraceChain chain = rules.chainFor(sector);

        assertThat(chain.code()).isEqualTo("PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE;SUPPLY_CHAIN_MAP");
        assertThat(chain.metBy(List.of(CaseEvidenceType.PRODUCTION_RECORD, CaseEvidenceType.INVOICE)))
                .isFalse();
    }

    @Test
    void everyRowGivesAValidChainAtOrAboveTheDefaultAndSaysWhy() throws Exception {
        List<Rule> rows;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TABLE)) {
            rows = List.copyOf(Dmn.readModelFromStream(in).getModelElementsByType(Rule.class));
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows.get(rows.size() - 1).getInputEntries().iterator().next().getTextContent())
                .as("the last row catches every sector")
                .isBlank();
        for (Rule row : rows) {
            assertThat(row.getDescription().getTextContent()).as(row.getId()).isNotBlank();
            OutputEntry out = row.getOutputEntries().iterator().next();
            String text = out.getTextContent().strip();
            TraceChain chain = TraceChain.parse(text.substring(1, text.length() - 1));
            assertThat(chain.groups()).as(row.getId()).hasSizeGreaterThanOrEqualTo(2);
            // No row is looser than the default: every default group is required as it is.
            assertThat(chain.groups()).as(row.getId()).containsAll(TraceChain.DEFAULT.groups());
        }
    }

    @Test
    void aRowBelowTheFloorIsAnErrorNotALooserRule() {
        DecisionService loose = mock(DecisionService.class);
        DmnDecisionTableResult result = mock(DmnDecisionTableResult.class);
        DmnDecisionRuleResult row = mock(DmnDecisionRuleResult.class);
        when(loose.evaluateDecisionTableByKey(anyString(), any(VariableMap.class)))
                .thenReturn(result);
        when(result.getFirstResult()).thenReturn(row);
        when(row.getEntry("chain")).thenReturn((Object) "INVOICE");

        assertThatThrownBy(() -> new TraceChainRules(loose).chainFor("COTTON"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sector COTTON is invalid");
    }

    @Test
    void aNewVersionOfTheTableAnswersAtOnceThoughTheOldOnesAnswerIsRemembered() {
        TraceChainRules deployed =
                new TraceChainRules(processEngine.getDecisionService(), processEngine.getRepositoryService());
        TraceChain cotton = deployed.chainFor("COTTON");
        assertThat(deployed.chainFor("COTTON")).isEqualTo(cotton);
        assertThat(cotton.groups()).contains(Set.of(CaseEvidenceType.SUPPLY_CHAIN_MAP));

        String deployment = AmendedTables.deploy(
                processEngine,
                TABLE,
                "\"PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE;SUPPLY_CHAIN_MAP\"",
                "\"PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE\"");
        try {
            assertThat(deployed.chainFor("COTTON").groups()).doesNotContain(Set.of(CaseEvidenceType.SUPPLY_CHAIN_MAP));
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment, true);
        }
        assertThat(deployed.chainFor("COTTON")).isEqualTo(cotton);
    }
}
