/**
 * Geography: the region tree that designations and supply-chain disclosures refer to. Countries by
 * ISO 3166-1 alpha-2 code; inside China, divisions by GB/T 2260 code; the XPCC and its divisions
 * by Onus codes. A region covers all its descendants. Reference data, loaded by migrations from the
 * versioned files in {@code db/data/regions}; read-only for the application.
 */
package org.onus.core.geography;
