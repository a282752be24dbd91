package org.onus.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;

class ProcessModelsTest {

    private static final Path SOURCES = Path.of("src/main/resources");

    @Test
    void everyModelInTheSourcesIsDeployedAndEveryDeployedModelExists() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(SOURCES.resolve(ProcessModels.ROOT))) {
            onDisk = files.filter(Files::isRegularFile)
                    .map(p -> SOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn"))
                    .toList();
        }

        assertThat(ProcessModels.ALL).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void everyDeployedModelParses() throws IOException {
        for (String resource : ProcessModels.ALL) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                if (resource.endsWith(".bpmn")) {
                    Bpmn.validateModel(Bpmn.readModelFromStream(in));
                } else {
                    Dmn.validateModel(Dmn.readModelFromStream(in));
                }
            }
        }
    }
}
