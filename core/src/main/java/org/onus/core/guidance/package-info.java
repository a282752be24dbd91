/**
 * Sector evidence guidance: per sector, which documents trace each tier of the supply chain (for
 * cotton: the garment factory's invoices and packing lists at tier 1, down to the ginner's
 * seed-cotton purchase records), with the public sources it follows. Regulators maintain it; every
 * change is a new {@link org.onus.core.guidance.SectorGuidance} version (who, when) and an audit
 * event. Importers see it on the case page, the rebuttal checklist and the check before shipping.
 */
package org.onus.core.guidance;
