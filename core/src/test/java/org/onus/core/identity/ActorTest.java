package org.onus.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void fallsBackToTheUserNameWhenTheTokenHasNoName() {
        assertThat(Actor.of("importer-a", " ", Set.of(Role.IMPORTER), "ACME-IMPORTS")
                        .displayName())
                .isEqualTo("importer-a");
    }

    @Test
    void anActorWithoutOrganisationHasNone() {
        Actor regulator = Actor.of("regulator", "Rita Regulator", Set.of(Role.REGULATOR), "");

        assertThat(regulator.organisationCode()).isEmpty();
        assertThat(regulator.has(Role.REGULATOR)).isTrue();
        assertThat(regulator.has(Role.SENIOR_REGULATOR)).isFalse();
    }

    @Test
    void rolesCannotBeChangedAfterwards() {
        Actor actor = Actor.of("auditor", "Ada Auditor", Set.of(Role.AUDITOR), null);

        assertThatThrownBy(() -> actor.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void realmRoleNamesMapBothWays() {
        for (Role role : Role.values()) {
            assertThat(Role.fromRealmName(role.realmName())).contains(role);
        }
        assertThat(Role.fromRealmName("offline_access")).isEmpty();
    }

    @Test
    void anEmailIsOptionalAndKeptWithEverythingElse() {
        Actor plain = Actor.of("importer-a", "Alice Martin", Set.of(Role.IMPORTER), "ACME-IMPORTS");
        Actor withEmail = plain.withEmail(" importer-a@onus.test ");

        assertThat(plain.email()).isEmpty();
        assertThat(plain.withEmail(" ").email()).isEmpty();
        assertThat(withEmail.email()).contains("importer-a@onus.test");
        assertThat(withEmail.username()).isEqualTo("importer-a");
        assertThat(withEmail.organisationCode()).contains("ACME-IMPORTS");
        assertThat(withEmail).isNotEqualTo(plain);
    }
}
