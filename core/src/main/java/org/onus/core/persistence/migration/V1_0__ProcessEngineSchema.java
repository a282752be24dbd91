package org.onus.core.persistence.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the Camunda 7 engine's tables from the scripts the engine jar ships for this database,
 * so that the process engine's schema is versioned with ours and the engine itself never touches
 * DDL ({@code databaseSchemaUpdate=false}). An engine upgrade adds a migration that runs the
 * engine's own upgrade scripts.
 */
public class V1_0__ProcessEngineSchema extends BaseJavaMigration {

    static final String SCRIPT_ROOT = "org/camunda/bpm/engine/db/create/";
    static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        String vendor =
                camundaDatabaseType(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement statement = context.getConnection().createStatement()) {
            for (String component : COMPONENTS) {
                for (String sql : statements(load("activiti." + vendor + ".create." + component + ".sql"))) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new FlywayException("Process engine schema (" + component + ") failed at: " + sql, e);
                    }
                }
            }
        }
    }

    static String camundaDatabaseType(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("postgres")) {
            return "postgres";
        }
        throw new FlywayException("Onus supports H2 and PostgreSQL, not " + productName);
    }

    private static String load(String script) throws IOException {
        ClassLoader loader = V1_0__ProcessEngineSchema.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(SCRIPT_ROOT + script)) {
            if (in == null) {
                throw new FlywayException("The process engine library does not ship " + SCRIPT_ROOT + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a Camunda schema script into statements: line comments dropped, ';' terminates. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
