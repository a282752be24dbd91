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
    void anonymousVisitorsSeeOnlyThePublicListAndReferenceData() {
        assertThat(Navigation.forActor(Optional.empty(), REALM))
                .extracting(Navigation.Item::href)
                .containsExactly(
                        "/designations",
                        "/policies",
                        "/reference/regions",
                        "/reference/sectors",
                        "/statistics",
                        "/decisions",
                        "/submit");
    }

    @Test
    void entriesFollowRoles() {
        var importer =
                Navigation.forActor(Optional.of(Actor.of("importer-a", "A", Set.of(Role.IMPORTER), "ACME")), REALM);
        var auditor = Navigation.forActor(Optional.of(Actor.of("auditor", "G", Set.of(Role.AUDITOR), null)), REALM);
        var admin = Navigation.forActor(Optional.of(Actor.of("admin", "S", Set.of(Role.ADMIN), null)), REALM);

        assertThat(importer)
                .extracting(Navigation.Item::labelKey)
                .containsExactly(
                        "nav.home",
                        "nav.designations",
                        "nav.entries",
                        "supplychain.nav",
                        "nav.evidence",
                        "nav.policies",
                        "nav.regions",
                        "nav.sectors",
                        "nav.statistics",
                        "decisions.nav");
        assertThat(auditor)
                .extracting(Navigation.Item::labelKey)
                .containsExactly(
                        "nav.home",
                        "nav.designations",
                        "nav.entries",
                        "queue.nav",
                        "nav.evidence",
                        "nav.policies",
                        "nav.regions",
                        "nav.sectors",
                        "nav.statistics",
                        "decisions.nav",
                        "submissions.nav.queue",
                        "nav.upr",
                        "nav.audit",
                        "nav.organisations",
                        "retention.nav");
        assertThat(admin)
                .extracting(Navigation.Item::labelKey)
                .containsExactly(
                        "nav.home",
                        "nav.designations",
                        "nav.evidence",
                        "nav.policies",
                        "nav.regions",
                        "nav.sectors",
                        "nav.statistics",
                        "decisions.nav",
                        "nav.sectorsAdmin",
                        "nav.organisations",
                        "retention.nav",
                        "nav.users");
        var reviewer = Navigation.forActor(
                Optional.of(Actor.of("upr-reviewer", "R", Set.of(Role.UPR_REVIEWER, Role.UPR_DRAFTER), null)), REALM);
        assertThat(reviewer)
                .extracting(Navigation.Item::href)
                .containsExactly(
                        "/",
                        "/designations",
                        "/evidence",
                        "/policies",
                        "/reference/regions",
                        "/reference/sectors",
                        "/statistics",
                        "/decisions",
                        "/upr");
        Navigation.Item users = admin.get(admin.size() - 1);
        assertThat(users.href()).isEqualTo("http://localhost:8180/admin/onus/console/");
        assertThat(users.external()).isTrue();
    }

    @Test
    void subPagesHighlightTheirSection() {
        var officer = Navigation.forActor(
                Optional.of(Actor.of("officer", "O", Set.of(Role.CUSTOMS_OFFICER, Role.CUSTOMS_SUPERVISOR), null)),
                REALM);
        assertThat(Navigation.currentSection(officer, "/")).contains("/");
        assertThat(Navigation.currentSection(officer, "/entries/7f0c")).contains("/entries");
        assertThat(Navigation.currentSection(officer, "/cases/7f0c/notice")).contains("/entries");
        assertThat(Navigation.currentSection(officer, "/cases/approvals")).contains("/cases/approvals");
        assertThat(Navigation.currentSection(officer, "/cases")).contains("/cases");
        assertThat(Navigation.currentSection(officer, "/reference/sectors/COTTON"))
                .contains("/reference/sectors");
        assertThat(Navigation.currentSection(officer, "/designationsX")).isEmpty();
        assertThat(Navigation.currentSection(officer, "/subscriptions/designation-list"))
                .contains("/designations");
    }
}
