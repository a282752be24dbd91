package org.onus.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationCodeTest {

    @Test
    void normalisesToUpperCase() {
        assertThat(OrganisationCode.of(" acme-imports ").value()).isEqualTo("ACME-IMPORTS");
        assertThat(OrganisationCode.of("acme-imports")).isEqualTo(OrganisationCode.of("ACME-IMPORTS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A", "-ACME", "ACME IMPORTS", "ACME/IMPORTS", "ÄCME"})
    void refusesWhatCannotBeACode(String raw) {
        assertThatThrownBy(() -> OrganisationCode.of(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> OrganisationCode.of(null)).hasMessageContaining("required");
    }
}
