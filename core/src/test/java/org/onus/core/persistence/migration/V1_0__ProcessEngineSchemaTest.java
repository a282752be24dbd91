package org.onus.core.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

class V1_0__ProcessEngineSchemaTest {

    @Test
    void splitsScriptsIntoStatementsWithoutComments() {
        var statements = V1_0__ProcessEngineSchema.statements("""
                -- licence header
                create table A (
                    ID_ varchar(64)
                );

                -- an index
                create index A_IDX on A(ID_);
                """);

        assertThat(statements)
                .containsExactly("create table A (\n    ID_ varchar(64)\n)", "create index A_IDX on A(ID_)");
    }

    @Test
    void mapsSupportedDatabasesToTheEngineScriptNames() {
        assertThat(V1_0__ProcessEngineSchema.camundaDatabaseType("H2")).isEqualTo("h2");
        assertThat(V1_0__ProcessEngineSchema.camundaDatabaseType("PostgreSQL")).isEqualTo("postgres");
        assertThatThrownBy(() -> V1_0__ProcessEngineSchema.camundaDatabaseType("Oracle"))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("H2 and PostgreSQL");
    }

    @Test
    void theEngineLibraryShipsEveryScriptForBothDatabases() {
        for (String vendor : new String[] {"h2", "postgres"}) {
            for (String component : V1_0__ProcessEngineSchema.COMPONENTS) {
                String script =
                        V1_0__ProcessEngineSchema.SCRIPT_ROOT + "activiti." + vendor + ".create." + component + ".sql";
                assertThat(getClass().getClassLoader().getResource(script))
                        .as(script)
                        .isNotNull();
            }
        }
    }
}
