package org.onus.core.designation;

/** The five core features of non-internment state-imposed forced labour (report §7). */
public enum CoreFeature {
    CENTRALIZED_COERCIVE_STATE,
    PRODUCTION_QUOTAS,
    COERCIVE_ENVIRONMENT,
    GRASSROOTS_APPARATUS,
    TOP_DOWN_MOBILIZATION
}
