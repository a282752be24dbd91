/**
 * The state policies that sustain forced labour (labour transfer, unemployment monitoring, ...).
 * Aggregate root: {@link org.onus.core.policy.StatePolicy}. A policy stays {@code IN_FORCE} until a
 * claimed repeal is verified with evidence; designations cannot be revoked, and goods cannot be
 * released on the exception route, while a policy behind them is not {@code REPEAL_VERIFIED}.
 */
package org.onus.core.policy;
