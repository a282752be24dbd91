/**
 * Importer organisations. Aggregate root: {@link org.onus.core.organisation.Organisation}.
 *
 * <p>An organisation is identified by the {@code organization} claim Keycloak puts in its
 * members' tokens and is registered the first time one of them uses the portal. Everything an
 * importer files belongs to its organisation, and only that organisation's members may see it.
 */
package org.onus.core.organisation;
