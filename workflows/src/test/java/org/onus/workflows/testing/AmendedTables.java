package org.onus.workflows.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;

/** A shipped decision table deployed again with one text changed: a new version, as an approval would make. */
public final class AmendedTables {

    private AmendedTables() {}

    /** @return the new deployment's id, for the test to delete afterwards */
    public static String deploy(ProcessEngine engine, String resource, String text, String replacement) {
        String table;
        try (InputStream in = AmendedTables.class.getClassLoader().getResourceAsStream(resource)) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String amended = table.replace(text, replacement);
        assertThat(amended).as("the amendment changes the table").isNotEqualTo(table);
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return engine.getRepositoryService()
                .createDeployment()
                .addString(name, amended)
                .deploy()
                .getId();
    }
}
