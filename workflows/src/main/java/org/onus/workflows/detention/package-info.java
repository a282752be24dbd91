/**
 * The {@code detention-case} process: {@link org.onus.workflows.detention.CamundaCaseProcess}
 * answers core's {@link org.onus.core.detention.CaseProcess} port, and the process's steps,
 * timers and four-eyes listeners call back into core.
 */
package org.onus.workflows.detention;
