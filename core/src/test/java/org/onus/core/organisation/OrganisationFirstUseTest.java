package org.onus.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;

/**
 * Two members of a new organisation act at once: the second's registration loses on the unique
 * code. Its own request must still go on, with the organisation the first one registered.
 */
class OrganisationFirstUseTest {

    private static final OrganisationCode NEW_ORG = OrganisationCode.of("NEW-IMPORTS");

    /** The database as the losing member sees it: the winner's row appears once it committed. */
    private final List<Organisation> rows = new ArrayList<>();

    private final OrganisationRepository repository = new OrganisationRepository() {
        @Override
        public Optional<Organisation> find(OrganisationCode code) {
            return rows.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        @Override
        public List<Organisation> findAll() {
            return List.copyOf(rows);
        }

        @Override
        public void store(Organisation organisation) {
            rows.add(organisation);
        }
    };

    private final Actor second = Actor.of("importer-n2", "Noor", Set.of(Role.IMPORTER), "NEW-IMPORTS");

    private OrganisationService service(FirstUseRegistration registration) {
        OrganisationService service = new OrganisationService();
        service.organisations = repository;
        service.clock = Clock.fixed(Instant.parse("2026-12-04T05:00:00Z"), ZoneOffset.UTC);
        service.firstUse = registration;
        return service;
    }

    @Test
    void theMemberWhoLosesTheRaceGetsTheWinnersOrganisation() {
        Organisation winners = Organisation.firstSeen(NEW_ORG, "importer-n1", Instant.parse("2026-12-04T04:59:59Z"));
        FirstUseRegistration losing = new FirstUseRegistration() {
            @Override
            public void register(Organisation organisation) {
                // The winner committed between the loser's first look and its insert.
                rows.add(winners);
                throw new IllegalStateException("duplicate key value violates unique constraint");
            }
        };

        Optional<Organisation> registered = service(losing).registerOnFirstUse(second);

        assertThat(registered).containsSame(winners);
        assertThat(rows).hasSize(1);
    }

    @Test
    void aFailedRegistrationWithNoOrganisationToFindIsNotHidden() {
        FirstUseRegistration failing = new FirstUseRegistration() {
            @Override
            public void register(Organisation organisation) {
                throw new IllegalStateException("the database is gone");
            }
        };

        assertThatThrownBy(() -> service(failing).registerOnFirstUse(second))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the database is gone");
    }

    @Test
    void theFirstMemberRegistersItsOrganisationOnce() {
        FirstUseRegistration storing = new FirstUseRegistration() {
            @Override
            public void register(Organisation organisation) {
                repository.store(organisation);
            }
        };
        OrganisationService service = service(storing);

        Organisation first = service.registerOnFirstUse(second).orElseThrow();
        Organisation again = service.registerOnFirstUse(second).orElseThrow();

        assertThat(first.code()).isEqualTo(NEW_ORG);
        assertThat(again).isSameAs(first);
        assertThat(rows).hasSize(1);
    }
}
