package org.onus.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfTokenTest {

    @Test
    void eachSessionGetsItsOwnUnguessableToken() {
        CsrfToken one = new CsrfToken();
        CsrfToken two = new CsrfToken();

        assertThat(one.value()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(two.value());
        assertThat(one.matches(one.value())).isTrue();
        assertThat(one.matches(two.value())).isFalse();
        assertThat(one.matches(null)).isFalse();
        assertThat(one.matches("")).isFalse();
    }

    @Test
    void theApiIsExemptBecauseItUsesBearerTokens() {
        assertThat(CsrfFilter.isApi("api/v1/me")).isTrue();
        assertThat(CsrfFilter.isApi("/api/v1/me")).isTrue();
        assertThat(CsrfFilter.isApi("logout")).isFalse();
        assertThat(CsrfFilter.isApi("apiary")).isFalse();
    }
}
