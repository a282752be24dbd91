/**
 * Screening: which published designations catch an entry's goods and its declared inputs, on the
 * day the goods arrive. {@link org.onus.core.screening.ScreeningIndex} answers in memory from an
 * index built once per designation list version; {@link org.onus.core.screening.ScreeningIndexes}
 * keeps each node's index as new as the list in the database.
 */
package org.onus.core.screening;
