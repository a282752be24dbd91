/** Readiness of what the core needs: the database. Reported through MicroProfile Health. */
package org.onus.core.health;
