package org.onus.core.designation;

/** The phases of employment in the ILO 2012 Survey Guidelines, adapted to state-imposed labour. */
public enum Phase {
    UNFREE_RECRUITMENT,
    WORK_AND_LIFE_UNDER_DURESS,
    IMPOSSIBILITY_OF_LEAVING
}
