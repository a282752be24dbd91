/**
 * Bulk entry uploads: a CSV file checked whole, then filed in batches through {@code EntryFiling},
 * in the background.
 */
package org.onus.workflows.bulk;
