/**
 * The {@code designation-lifecycle} process: the model's collaborators (rules, four-eyes
 * listener, publication and revocation steps) and {@link org.onus.workflows.designation.DesignationLifecycle},
 * the one entry point that pages and the API use to move a designation through review.
 */
package org.onus.workflows.designation;
