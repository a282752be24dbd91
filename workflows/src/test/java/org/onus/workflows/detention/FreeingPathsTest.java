package org.onus.workflows.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * Rule NO_RELEASE_WITHOUT_PROOF, proved on the models themselves: in every BPMN model shipped,
 * every path from a start event to an end event whose outcome is "goods-freed" passes through a
 * step that calls the case's freeing method (caseSteps.free), and no other step calls it. The
 * search treats a boundary event as reachable from the activity it is attached to, so a timer
 * cannot route around the gate either.
 */
class FreeingPathsTest {

    static final String FREEING_CALL = "caseSteps.free(";
    static final String GOODS_FREED = "goods-freed";

    @Test
    void everyPathToAnEndThatFreesGoodsPassesThroughTheGate() throws Exception {
        List<Path> models = models();
        assertThat(models).as("the shipped models").isNotEmpty();
        int freeingEnds = 0;
        for (Path model : models) {
            BpmnModelInstance instance = read(model);
            assertThat(pathsAroundTheGate(instance))
                    .as(model.getFileName() + ": paths around the gate")
                    .isEmpty();
            freeingEnds += ends(instance, GOODS_FREED).size();
        }
        assertThat(freeingEnds).as("the detention model frees goods somewhere").isPositive();
    }

    @Test
    void everyEndOfTheDetentionProcessDeclaresWhatItMeansForTheGoods() throws Exception {
        BpmnModelInstance instance = read(model("detention-case.bpmn"));
        for (EndEvent end : instance.getModelElementsByType(EndEvent.class)) {
            assertThat(outcome(end))
                    .as(end.getId() + " declares its outcome, so a new end cannot slip past this test unmarked")
                    .isIn(GOODS_FREED, "goods-kept-out", "notice");
        }
    }

    @Test
    void aShortcutAroundTheGateIsCaught() throws Exception {
        BpmnModelInstance instance = read(model("detention-case.bpmn"));
        FlowNode route = instance.getModelElementById("Gateway_Route");
        EndEvent freed = instance.getModelElementById("EndEvent_GoodsFreed");
        SequenceFlow shortcut = instance.newInstance(SequenceFlow.class);
        shortcut.setId("Flow_Shortcut");
        instance.getDefinitions()
                .getChildElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                .iterator()
                .next()
                .addChildElement(shortcut);
        shortcut.setSource(route);
        shortcut.setTarget(freed);
        route.getOutgoing().add(shortcut);
        freed.getIncoming().add(shortcut);

        assertThat(pathsAroundTheGate(instance)).containsExactly("EndEvent_GoodsFreed");
    }

    @Test
    void aSecondStepCallingTheGateOutsideItsPlaceIsCaught() throws Exception {
        BpmnModelInstance instance = read(model("detention-case.bpmn"));
        ServiceTask confiscate = instance.getModelElementById("Task_ConfiscateAtDeadline");
        confiscate.setCamundaExpression("${caseSteps.free(caseId)}");
        assertThat(gateSteps(instance)).hasSize(2);
    }

    /** The goods-freed ends still reachable from a start event once every gate step is removed. */
    static List<String> pathsAroundTheGate(BpmnModelInstance instance) {
        Set<String> gates = new HashSet<>();
        for (FlowNode step : gateSteps(instance)) {
            gates.add(step.getId());
        }
        Set<String> reached = new HashSet<>();
        Deque<FlowNode> queue = new ArrayDeque<>(instance.getModelElementsByType(StartEvent.class));
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            if (gates.contains(node.getId()) || !reached.add(node.getId())) {
                continue;
            }
            for (SequenceFlow flow : node.getOutgoing()) {
                queue.add(flow.getTarget());
            }
            for (BoundaryEvent boundary : instance.getModelElementsByType(BoundaryEvent.class)) {
                if (boundary.getAttachedTo().getId().equals(node.getId())) {
                    queue.add(boundary);
                }
            }
        }
        List<String> around = new ArrayList<>();
        for (EndEvent end : ends(instance, GOODS_FREED)) {
            if (reached.contains(end.getId())) {
                around.add(end.getId());
            }
        }
        return around;
    }

    static List<FlowNode> gateSteps(BpmnModelInstance instance) {
        List<FlowNode> steps = new ArrayList<>();
        for (ServiceTask task : instance.getModelElementsByType(ServiceTask.class)) {
            String expression = String.valueOf(task.getCamundaExpression());
            if (expression.contains(FREEING_CALL)) {
                steps.add(task);
            }
        }
        return steps;
    }

    static List<EndEvent> ends(BpmnModelInstance instance, String outcome) {
        List<EndEvent> ends = new ArrayList<>();
        for (EndEvent end : instance.getModelElementsByType(EndEvent.class)) {
            if (outcome.equals(outcome(end))) {
                ends.add(end);
            }
        }
        return ends;
    }

    static String outcome(EndEvent end) {
        if (end.getExtensionElements() == null) {
            return null;
        }
        Collection<CamundaProperty> properties = end
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                .list()
                .stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .toList();
        return properties.stream()
                .filter(p -> "outcome".equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst()
                .orElse(null);
    }

    private static BpmnModelInstance read(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static Path model(String name) throws URISyntaxException {
        return Paths.get(
                FreeingPathsTest.class.getResource("/processes/" + name).toURI());
    }

    private static List<Path> models() throws URISyntaxException, IOException {
        Path folder = Paths.get(FreeingPathsTest.class.getResource("/processes").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
