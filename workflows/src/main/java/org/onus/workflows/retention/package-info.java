/**
 * Retention on the engine: {@link org.onus.workflows.retention.CamundaProcessHistory} answers
 * core's {@link org.onus.core.retention.ProcessHistory} port, erasing a closed case's process
 * instances and their history.
 */
package org.onus.workflows.retention;
