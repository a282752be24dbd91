/**
 * Work queues: the user tasks waiting for a person, either assigned to them or offered to one of
 * their roles (BPMN candidate groups are realm role names, such as {@code senior-regulator}).
 */
package org.onus.workflows.tasks;
