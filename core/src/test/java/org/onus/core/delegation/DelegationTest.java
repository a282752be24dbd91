package org.onus.core.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;

class DelegationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aDelegationIsInForceUntilItsLastDayInclusive() {
        Delegation d =
                Delegation.grant("ACME-IMPORTS", "BROKER-1", TODAY.plusDays(2), "importer-a", Instant.EPOCH, TODAY);

        assertThat(d.inForceOn(TODAY.plusDays(2))).isTrue();
        assertThat(d.inForceOn(TODAY.plusDays(3))).isFalse();
        assertThat(Delegation.permits(List.of(d), "ACME-IMPORTS", "BROKER-1", TODAY))
                .isTrue();
        assertThat(Delegation.permits(List.of(d), "BETA-TRADING", "BROKER-1", TODAY))
                .isFalse();
        assertThat(Delegation.permits(List.of(d), "ACME-IMPORTS", "BROKER-2", TODAY))
                .isFalse();
    }

    @Test
    void aRevokedDelegationPermitsNothing() {
        Delegation d = Delegation.grant("ACME-IMPORTS", "BROKER-1", null, "importer-a", Instant.EPOCH, TODAY);
        d.revoke("importer-a", Instant.EPOCH);

        assertThat(d.inForceOn(TODAY)).isFalse();
        assertThat(d.snapshot().toString()).contains("importer-a");
    }

    @Test
    void noDelegationToItselfNorEndingInThePast() {
        assertThatThrownBy(() -> Delegation.grant("ACME", "ACME", null, "u", Instant.EPOCH, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("itself");
        assertThatThrownBy(() -> Delegation.grant("ACME", "BROKER-1", TODAY.minusDays(1), "u", Instant.EPOCH, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).code())
                .isEqualTo("validUntil");
    }

    @Test
    void aBrokerReadsOnlyWhatItsOwnOrganisationFiledAndAnImporterEverythingInItsName() {
        Actor broker = Actor.of("broker", "B", java.util.Set.of(Role.CUSTOMS_BROKER), "BROKER-1");
        Actor other = Actor.of("b2", "B", java.util.Set.of(Role.CUSTOMS_BROKER), "BROKER-2");
        Actor importer = Actor.of("importer-a", "A", java.util.Set.of(Role.IMPORTER), "ACME-IMPORTS");
        Actor stranger = Actor.of("importer-b", "B", java.util.Set.of(Role.IMPORTER), "BETA-TRADING");
        Actor officer = Actor.of("officer", "O", java.util.Set.of(Role.CUSTOMS_OFFICER), null);

        assertThat(broker.mayReadFiling("ACME-IMPORTS", "BROKER-1")).isTrue();
        assertThat(broker.mayReadFiling("ACME-IMPORTS", null)).isFalse();
        assertThat(broker.mayReadFiling("BROKER-1", null)).isFalse();
        assertThat(broker.mayRead("ACME-IMPORTS")).isFalse();
        assertThat(other.mayReadFiling("ACME-IMPORTS", "BROKER-1")).isFalse();
        assertThat(importer.mayReadFiling("ACME-IMPORTS", "BROKER-1")).isTrue();
        assertThat(importer.mayReadFiling("ACME-IMPORTS", null)).isTrue();
        assertThat(stranger.mayReadFiling("ACME-IMPORTS", "BROKER-1")).isFalse();
        assertThat(officer.mayReadFiling("ACME-IMPORTS", "BROKER-1")).isTrue();
        // An importer whose organisation code happens to equal the broker's learns nothing either.
        Actor lookalike = Actor.of("x", "X", java.util.Set.of(Role.IMPORTER), "BROKER-1");
        assertThat(lookalike.mayReadFiling("ACME-IMPORTS", "BROKER-1")).isFalse();
    }
}
