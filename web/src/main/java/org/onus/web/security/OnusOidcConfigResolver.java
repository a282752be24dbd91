package org.onus.web.security;

import java.util.Map;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * Chooses the OpenID Connect client configuration per request (named in {@code web.xml} as
 * {@code oidc.config.resolver}).
 *
 * <ul>
 *   <li>{@code /api/**}: bearer-only. A call without a token is anonymous and the API answers 401
 *       itself, as problem JSON; it is never redirected to a login page.
 *   <li>everything else: browser login with the authorization-code flow and PKCE (S256), tokens
 *       kept in the HTTP session.
 * </ul>
 *
 * Both check that tokens were issued for the portal ({@code verify-token-audience}), so a token
 * Keycloak issued to some other client of the realm is refused, and both ignore an
 * {@code access_token} query parameter ({@link TokenInQueryFilter} refuses such requests).
 */
public class OnusOidcConfigResolver implements OidcClientConfigurationResolver {

    public static final String API_PREFIX = "/api/";

    private final OidcClientConfiguration pages;
    private final OidcClientConfiguration api;

    public OnusOidcConfigResolver() {
        OidcSettings settings = OidcSettings.fromConfig();
        this.pages = OidcClientConfigurationBuilder.build(json(settings, false));
        this.api = OidcClientConfigurationBuilder.build(json(settings, true));
    }

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        return isApi(request.getRelativePath()) ? api : pages;
    }

    static boolean isApi(String relativePath) {
        return relativePath != null && (relativePath.startsWith(API_PREFIX) || relativePath.equals("/api"));
    }

    static OidcJsonConfiguration json(OidcSettings settings, boolean bearerOnly) {
        OidcJsonConfiguration json = new OidcJsonConfiguration();
        json.setProviderUrl(settings.providerUrl());
        json.setClientId(settings.clientId());
        json.setResource(settings.clientId());
        json.setSslRequired(settings.sslRequired());
        json.setPrincipalAttribute("preferred_username");
        json.setVerifyTokenAudience(true);
        json.setUseRealmRoleMappings(true);
        // Tokens are accepted only in the Authorization header, never as ?access_token= (which
        // leaks into logs, history and Referer); TokenInQueryFilter answers such requests 400.
        json.setIgnoreOAuthQueryParameter(true);
        if (bearerOnly) {
            json.setBearerOnly(true);
        } else {
            json.setCredentials(Map.of("secret", settings.clientSecret()));
            json.setPkce(true);
            json.setScope("openid profile email");
        }
        return json;
    }
}
