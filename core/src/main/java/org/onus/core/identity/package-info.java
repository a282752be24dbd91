/**
 * Who is acting: the {@link org.onus.core.identity.Actor} behind every state change and the realm
 * {@link org.onus.core.identity.Role roles} that decide what they may do.
 *
 * <p>Users live in Keycloak; the portal never stores passwords. The web layer turns a verified
 * token into an {@code Actor} and hands it to the services, which enforce the rules (four-eyes,
 * organisation scoping) themselves rather than trusting the caller.
 */
package org.onus.core.identity;
