/** Money: an amount in an ISO 4217 currency, shared by whatever declares or reports a value. */
package org.onus.core.money;
