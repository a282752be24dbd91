/**
 * The one clock every service reads, so deadlines and effective dates can be tested at chosen
 * instants instead of "now".
 */
package org.onus.core.time;
