/**
 * Customs brokers filing for importers. Aggregate root: {@link org.onus.core.delegation.Delegation}.
 *
 * <p>An importer delegates a broker organisation (by its code) to file entries in its name,
 * optionally until a last day, and revokes the delegation when it likes; both are audited and a
 * revoked delegation is kept. A broker may file for an importer exactly while a delegation from it
 * is in force ({@link org.onus.core.delegation.Delegation#permits}); the entry belongs to the
 * importer and records the broker. Who may read such an entry is decided in one place,
 * {@link org.onus.core.identity.Actor#mayReadFiling}.
 */
package org.onus.core.delegation;
