package org.onus.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"importer-a@onus.test", "a.b+updates@mail.example.org", "x@example.co.uk"})
    void acceptsOrdinaryAddresses(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "no-at-sign",
                "two@@example.org",
                "a@b@example.org",
                "nodomain@",
                "@example.org",
                "dotless@localhost",
                "space in@example.org",
                "a@exa mple.org",
                "a..b@example.org",
                ".a@example.org",
                "a.@example.org",
                "a@-example.org",
                "victim@example.org,attacker@example.org",
                "victim@example.org\r\nBcc: attacker@example.org",
                "Name <name@example.org>"
            })
    void refusesWhatIsNotOneAddress(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @Test
    void refusesNullAndOverlongAddresses() {
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.org")).isFalse();
        assertThat(EmailAddress.isValid("a@" + "b".repeat(250) + ".org")).isFalse();
    }

    @Test
    void stripsSpaceAndLowersOnlyTheDomain() {
        assertThat(EmailAddress.normalise("  Alice.Martin@ACME.Example.ORG "))
                .isEqualTo("Alice.Martin@acme.example.org");
    }
}
