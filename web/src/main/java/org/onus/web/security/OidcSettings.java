package org.onus.web.security;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the identity provider is and how the portal identifies itself to it. MicroProfile Config
 * names; each can also be given as an environment variable ({@code onus.oidc.provider-url} as
 * {@code ONUS_OIDC_PROVIDER_URL}).
 *
 * @param providerUrl the realm's issuer URL, e.g. {@code http://localhost:8180/realms/onus}
 * @param clientId the confidential client of the portal, also the audience API tokens must carry
 * @param clientSecret that client's secret; the default only matches the development realm
 * @param sslRequired Keycloak's rule for TLS: {@code external} (default) or {@code all}
 */
public record OidcSettings(String providerUrl, String clientId, String clientSecret, String sslRequired) {

    public static final String DEFAULT_PROVIDER_URL = "http://localhost:8180/realms/onus";
    public static final String DEFAULT_CLIENT_ID = "onus-portal";
    static final String DEV_REALM_SECRET = "onus-portal-dev-secret";

    public static OidcSettings fromConfig() {
        Config config = ConfigProvider.getConfig(OidcSettings.class.getClassLoader());
        return new OidcSettings(
                stripTrailingSlash(config.getOptionalValue("onus.oidc.provider-url", String.class)
                        .orElse(DEFAULT_PROVIDER_URL)),
                config.getOptionalValue("onus.oidc.client-id", String.class).orElse(DEFAULT_CLIENT_ID),
                config.getOptionalValue("onus.oidc.client-secret", String.class).orElse(DEV_REALM_SECRET),
                config.getOptionalValue("onus.oidc.ssl-required", String.class).orElse("external"));
    }

    /** The realm's end-session endpoint (Keycloak's path; also in its discovery document). */
    public String logoutEndpoint() {
        return providerUrl + "/protocol/openid-connect/logout";
    }

    /** The origin (scheme, host, port) of the identity provider, for the content security policy. */
    public String providerOrigin() {
        java.net.URI uri = java.net.URI.create(providerUrl);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
