package org.onus.archfixture;

/** What the status rule forbids: a class other than the aggregate writing its status. */
class Shortcut {

    void release(Parcel parcel) {
        parcel.status = Parcel.ParcelStatus.RELEASED;
    }
}
