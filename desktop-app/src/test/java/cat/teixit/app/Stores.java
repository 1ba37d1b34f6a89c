package cat.teixit.app;

import cat.teixit.persistence.LocalStore;

/** For tests only: the store a workstation opened (the product keeps it inside the composition root). */
public final class Stores {

    private Stores() {
    }

    public static LocalStore of(Workstation w) {
        return w.store();
    }
}
