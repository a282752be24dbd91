/**
 * Quantities of goods and inputs: an amount in a unit, and the conversions within a unit's family
 * (mass, volume, area, length, count) that comparing a disclosure with its goods needs.
 */
package org.onus.core.quantity;
