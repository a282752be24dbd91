/**
 * Bulk entry uploads: a CSV file streamed to disk, checked whole, then filed in batches through
 * {@link org.onus.core.entry.EntryService}, in the background ({@link org.onus.core.bulk.BulkRunner}).
 */
package org.onus.core.bulk;
