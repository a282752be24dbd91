/**
 * The {@code detention-case} process and {@link org.onus.workflows.detention.EntryFiling}, the one
 * way entries are filed: screening, the case and the process start commit together or not at all.
 */
package org.onus.workflows.detention;
