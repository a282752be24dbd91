/**
 * Removal requests on the entity list: a listed producer, or anyone for it, asks without an
 * account for a producer to be taken off a designation's entity list, with reasons and files.
 * Aggregate root: {@link org.onus.core.entity.RemovalRequest}. One regulator proposes to grant or
 * deny, a different senior regulator approves; a granted request takes the producer off through a
 * new list version, and every decision is published with the list version.
 */
package org.onus.core.entity;
