package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;

class NavigationTest {

    private static final String REALM = "http://localhost:8180/realms/onus";

    @Test
    void anonymousVisitorsGetNoPortalNavigation() {
        assertThat(Navigation.forActor(Optional.empty(), REALM)).isEmpty();
    }

    @Test
    void entriesFollowRoles() {
        var importer =
                Navigation.forActor(Optional.of(Actor.of("importer-a", "A", Set.of(Role.IMPORTER), "ACME")), REALM);
        var auditor = Navigation.forActor(Optional.of(Actor.of("auditor", "G", Set.of(Role.AUDITOR), null)), REALM);
        var admin = Navigation.forActor(Optional.of(Actor.of("admin", "S", Set.of(Role.ADMIN), null)), REALM);

        assertThat(importer).extracting(Navigation.Item::labelKey).containsExactly("nav.home");
        assertThat(auditor).extracting(Navigation.Item::labelKey).containsExactly("nav.home", "nav.organisations");
        assertThat(admin)
                .extracting(Navigation.Item::labelKey)
                .containsExactly("nav.home", "nav.organisations", "nav.users");
        assertThat(admin.get(2).href()).isEqualTo("http://localhost:8180/admin/onus/console/");
        assertThat(admin.get(2).external()).isTrue();
    }
}
