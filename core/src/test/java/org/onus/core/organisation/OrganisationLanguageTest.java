package org.onus.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;

class OrganisationLanguageTest {

    private final Organisation acme =
            Organisation.firstSeen(OrganisationCode.of("ACME-IMPORTS"), "importer-a", Instant.EPOCH);

    @Test
    void anOrganisationGetsEnglishLettersUntilAnAdministratorChooses() {
        assertThat(acme.preferredLanguage()).isEqualTo("en");
        acme.prefer(" ZH ");
        assertThat(acme.preferredLanguage()).isEqualTo("zh");
    }

    @Test
    void onlyTheSixUnLanguagesCanBeChosen() {
        assertThatThrownBy(() -> acme.prefer("de"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ar, en, es, fr, ru, zh");
        assertThatThrownBy(() -> acme.prefer(null)).isInstanceOf(InvalidInputException.class);
        assertThat(acme.preferredLanguage()).isEqualTo("en");
    }
}
