/**
 * Who is calling and what they may do. Login is WildFly's built-in OpenID Connect client against
 * the Keycloak realm {@code onus}: pages use the authorization-code flow with PKCE (S256); the
 * REST API under {@code /api} accepts bearer tokens only and never redirects. One deployment, two
 * client configurations, chosen per request by {@link org.onus.web.security.OnusOidcConfigResolver}.
 */
package org.onus.web.security;
