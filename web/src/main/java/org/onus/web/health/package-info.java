/**
 * Health: the MicroProfile Health check for the identity provider (the database and process engine
 * checks live in their modules) and {@code /health} on the portal's own port, which runs them all.
 * The management interface's {@code /health} (port 9990) reports the server and deployment state.
 */
package org.onus.web.health;
