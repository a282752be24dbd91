/**
 * Work queues as the portal asks for them: the tasks waiting for a person. The process engine
 * keeps the tasks; {@link org.onus.core.tasks.WorkQueue} is the port it answers through, so the
 * pages never talk to the engine.
 */
package org.onus.core.tasks;
