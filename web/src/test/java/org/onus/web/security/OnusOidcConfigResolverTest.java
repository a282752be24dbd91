package org.onus.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

class OnusOidcConfigResolverTest {

    private final OidcSettings settings =
            new OidcSettings("http://localhost:8180/realms/onus", "onus-portal", "s3cret", "external");

    @Test
    void theApiIsBearerOnlyAndNeverRedirects() {
        assertThat(OnusOidcConfigResolver.isApi("/api/v1/me")).isTrue();
        assertThat(OnusOidcConfigResolver.isApi("/api")).isTrue();
        assertThat(OnusOidcConfigResolver.isApi("/apidocs")).isFalse();
        assertThat(OnusOidcConfigResolver.isApi("/")).isFalse();

        OidcJsonConfiguration api = OnusOidcConfigResolver.json(settings, true);

        assertThat(api.isBearerOnly()).isTrue();
        assertThat(api.isVerifyTokenAudience()).isTrue();
        assertThat(api.getCredentials()).isNullOrEmpty();
        assertThat(api.isIgnoreOAuthQueryParameter()).as("no ?access_token=").isTrue();
    }

    @Test
    void pagesUseTheCodeFlowWithPkceAndCheckTheAudience() {
        OidcJsonConfiguration pages = OnusOidcConfigResolver.json(settings, false);

        assertThat(pages.isBearerOnly()).isFalse();
        assertThat(pages.isPkce()).isTrue();
        assertThat(pages.isVerifyTokenAudience()).isTrue();
        assertThat(pages.isIgnoreOAuthQueryParameter()).as("no ?access_token=").isTrue();
        assertThat(pages.getPrincipalAttribute()).isEqualTo("preferred_username");
        assertThat(pages.getCredentials()).containsEntry("secret", "s3cret");
        assertThat(pages.getProviderUrl()).isEqualTo("http://localhost:8180/realms/onus");
    }

    @Test
    void theLogoutEndpointAndOriginComeFromTheProviderUrl() {
        assertThat(settings.logoutEndpoint())
                .isEqualTo("http://localhost:8180/realms/onus/protocol/openid-connect/logout");
        assertThat(settings.providerOrigin()).isEqualTo("http://localhost:8180");
    }
}
