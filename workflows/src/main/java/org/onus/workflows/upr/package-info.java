/** The review of UPR recommendations in {@code upr-recommendation.bpmn}: the model's names, its four-eyes listener and the facade that moves it. */
package org.onus.workflows.upr;
