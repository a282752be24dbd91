/**
 * Industrial sectors, each a set of HS 2022 code prefixes, plus the special scope "all goods".
 * Aggregate root: {@link org.onus.core.sector.Sector}. High-priority sectors are those for which a
 * supply-chain disclosure is demanded. Administrators maintain them; every change is audited.
 */
package org.onus.core.sector;
