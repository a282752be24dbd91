/**
 * The importer's supply-chain workspace: a registry of suppliers and their facilities per
 * organisation, with documents kept once and reused, and named supply-chain maps (bills of
 * materials by tier) whose every save is a new immutable version. An entry can take its
 * disclosure from a map version ({@link org.onus.core.entry.MapDisclosures}). Another
 * organisation's suppliers and maps do not exist for an importer (404).
 */
package org.onus.core.supplychain;
