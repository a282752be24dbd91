package org.onus.archfixture;

/** An aggregate as the architecture rules expect it: its status changes through its own methods. */
public class Parcel {

    public enum ParcelStatus {
        HELD,
        RELEASED
    }

    ParcelStatus status = ParcelStatus.HELD;

    public void release() {
        status = ParcelStatus.RELEASED;
    }

    /** Nested classes are part of the aggregate. */
    class Guard {
        void hold() {
            status = ParcelStatus.HELD;
        }
    }
}
