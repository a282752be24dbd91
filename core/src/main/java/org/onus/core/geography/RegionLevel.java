package org.onus.core.geography;

/** Where a region sits in the administrative tree. */
public enum RegionLevel {
    COUNTRY,
    PROVINCE,
    PREFECTURE,
    COUNTY,
    /** The Xinjiang Production and Construction Corps. */
    CORPS,
    /** One of the Corps' divisions. */
    CORPS_DIVISION
}
