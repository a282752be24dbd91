/**
 * The {@code designation-lifecycle} process: the model's collaborators (rules, four-eyes
 * listeners, publication and revocation steps) and {@link
 * org.onus.workflows.designation.CamundaDesignationProcess}, core's {@code DesignationProcess}
 * port. Pages and the API go through {@code DesignationService}, never through this package.
 */
package org.onus.workflows.designation;
