/**
 * Entries: an importer's declaration of goods arriving, with the supply-chain disclosure of their
 * inputs at every tier, and the screening outcome that decides whether the presumption applies.
 */
package org.onus.core.entry;
