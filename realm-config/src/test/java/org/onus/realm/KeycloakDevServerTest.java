package org.onus.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDevServerTest {

    @TempDir
    Path home;

    @TempDir
    Path sources;

    @Test
    void anUnchangedRealmKeepsKeycloaksDevelopmentDatabase() throws IOException {
        Path realm = write("onus-realm.json", "{\"realm\":\"onus\"}");
        KeycloakDevServer.prepareImport(home, realm);
        Path database = Files.createDirectories(home.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "users, sessions, brute-force state");
        KeycloakDevServer.recordImport(home, realm);

        KeycloakDevServer.prepareImport(home, realm);

        assertThat(database).exists();
        assertThat(home.resolve("data/import/onus-realm.json")).hasContent("{\"realm\":\"onus\"}");
    }

    @Test
    void theRealmsThemesAreCopiedIntoTheDistributionAndAnEditReplacesTheOldCopy() throws IOException {
        Path realm = write("onus-realm.json", "{\"realm\":\"onus\"}");
        Path css = sources.resolve("themes/onus/login/resources/css/onus.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, "body { color: black; }");
        Files.createDirectories(home.resolve("themes/onus/login")).resolve("stale.ftl");
        Files.writeString(home.resolve("themes/onus/login/stale.ftl"), "from an older build");

        KeycloakDevServer.prepareImport(home, realm);

        assertThat(home.resolve("themes/onus/login/resources/css/onus.css")).hasContent("body { color: black; }");
        assertThat(home.resolve("themes/onus/login/stale.ftl")).doesNotExist();
    }

    @Test
    void anEditedRealmResetsTheDevelopmentDatabaseSoTheImportAppliesIt() throws IOException {
        Path realm = write("onus-realm.json", "{\"realm\":\"onus\"}");
        KeycloakDevServer.prepareImport(home, realm);
        Path database = Files.createDirectories(home.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "the realm as first imported");
        KeycloakDevServer.recordImport(home, realm);

        Files.writeString(realm, "{\"realm\":\"onus\",\"bruteForceProtected\":true}");
        KeycloakDevServer.prepareImport(home, realm);

        assertThat(database).doesNotExist();
        assertThat(home.resolve("data/import/onus-realm.json")).content().contains("bruteForceProtected");
        KeycloakDevServer.recordImport(home, realm);
        assertThat(home.resolve("data/" + KeycloakDevServer.IMPORTED_HASH_FILE))
                .content()
                .isEqualTo(KeycloakDevServer.sha256(realm));
    }

    @Test
    void aStartThatNeverServedTheRealmLeavesNoDatabaseForTheNextStart() throws IOException {
        Path realm = write("onus-realm.json", "{\"realm\":\"onus\"}");
        KeycloakDevServer.prepareImport(home, realm);
        Path database = Files.createDirectories(home.resolve("data/h2")).resolve("keycloakdb.mv.db");
        Files.writeString(database, "half-created tables of a start that was killed");

        KeycloakDevServer.prepareImport(home, realm);

        assertThat(database).doesNotExist();
    }

    @Test
    void refusesToStartWithoutADistribution() throws IOException {
        Path realm = write("onus-realm.json", "{}");

        assertThatThrownBy(() -> KeycloakDevServer.start(home, realm, 1, home.resolve("kc.log")))
                .hasMessageContaining("No Keycloak distribution");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(sources.resolve(name), content);
    }
}
