/**
 * Four eyes in the engine, once for every process: the listener base that reads who completes a
 * review task from a task-local variable, and the helper that completes a task as someone and
 * turns a rule the model refused back into that rule.
 */
package org.onus.workflows.review;
