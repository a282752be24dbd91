package org.onus.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;

class LoginPageTest {

    @Test
    void returnsOnlyToPathsOfThisSite() {
        assertThat(LoginPage.safe("/policies/new")).isEqualTo("/policies/new");
        assertThat(LoginPage.safe("/evidence?q=cotton&type=STATE_DOCUMENT"))
                .isEqualTo("/evidence?q=cotton&type=STATE_DOCUMENT");
    }

    @Test
    void neverToAnotherSiteOrBackIntoSigningIn() {
        for (String hostile : new String[] {
            null,
            "",
            "https://evil.example",
            "//evil.example/x",
            "javascript:alert(1)",
            "evil.example",
            "/login/continue"
        }) {
            assertThat(LoginPage.safe(hostile)).as(String.valueOf(hostile)).isEqualTo("/");
        }
    }

    @Test
    void refusesWhatNoLinkOfThisSiteCouldHoldRatherThanFailing() {
        for (String malformed : new String[] {
            "/\\evil.example", "/a\\b", "\tx", "/\tx", "/x\r\nSet-Cookie: a=b", "/\u0085x", "/\u007Fx", "/a b", "/%zz"
        }) {
            assertThatThrownBy(() -> LoginPage.safe(malformed))
                    .as(malformed)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .singleElement()
                                    .satisfies(p -> assertThat(p.code()).isEqualTo("next")));
        }
    }
}
