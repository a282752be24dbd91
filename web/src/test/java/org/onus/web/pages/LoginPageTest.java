package org.onus.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
            "/\\evil.example",
            "/x\r\nSet-Cookie: a=b",
            "/login/continue"
        }) {
            assertThat(LoginPage.safe(hostile)).as(String.valueOf(hostile)).isEqualTo("/");
        }
    }
}
