/**
 * Four-eyes review, once for every aggregate that needs it: the review trail an aggregate embeds
 * (who submitted, who reviewed, when, the verdict and why), the rule that a reviewer had no hand
 * in what they review, and the shape of a timeline event.
 */
package org.onus.core.review;
