/**
 * Detention cases: goods held under the presumption, the notice that tells the importer why and
 * by when they must rebut it, and (later) the rebuttal and the decision.
 */
package org.onus.core.detention;
