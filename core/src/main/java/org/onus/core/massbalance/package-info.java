/**
 * Quantities and mass balance (issue 16): conversion chains per sector with their yields and
 * sources, the check of a disclosure's declared input quantities against the goods' quantity
 * through the chain, and each entry's recorded check with the thresholds-table version it was
 * judged under.
 */
package org.onus.core.massbalance;
