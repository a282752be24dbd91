package org.onus.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenInQueryFilterTest {

    @Test
    void findsTheTokenParameterWhereverAndHoweverItIsWritten() {
        assertThat(TokenInQueryFilter.hasTokenParameter("access_token=abc")).isTrue();
        assertThat(TokenInQueryFilter.hasTokenParameter("page=2&access_token=abc"))
                .isTrue();
        assertThat(TokenInQueryFilter.hasTokenParameter("access_token")).isTrue();
        assertThat(TokenInQueryFilter.hasTokenParameter("access%5Ftoken=abc")).isTrue();
    }

    @Test
    void leavesOtherQueriesAlone() {
        assertThat(TokenInQueryFilter.hasTokenParameter(null)).isFalse();
        assertThat(TokenInQueryFilter.hasTokenParameter("")).isFalse();
        assertThat(TokenInQueryFilter.hasTokenParameter("q=access_token")).isFalse();
        assertThat(TokenInQueryFilter.hasTokenParameter("my_access_token=1&page=2"))
                .isFalse();
    }
}
