/** The mass-balance thresholds decision table, asked by the domain's mass-balance check. */
package org.onus.workflows.massbalance;
