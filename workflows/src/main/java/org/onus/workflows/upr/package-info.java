/**
 * The review of UPR recommendations in {@code upr-recommendation.bpmn}: the model's names, its
 * four-eyes listener and {@link org.onus.workflows.upr.CamundaRecommendationProcess}, core's
 * {@code RecommendationProcess} port. Pages and the API go through {@code UprService}.
 */
package org.onus.workflows.upr;
