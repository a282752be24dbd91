/**
 * Public statistics on detention cases: counts and declared values by outcome, status, sector,
 * origin, month and route. Aggregates only; no organisation, importer, entry number or id ever
 * leaves this package.
 */
package org.onus.core.statistics;
