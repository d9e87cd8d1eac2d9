package io.jfvm.runtime.call;

import io.jfvm.ipld.types.Address;

/**
 * How a line charges for reading and writing actors and resolving addresses during one message. FVM v2 charges
 * nothing ({@link #FREE}); FVM v3 and later charge each first access ({@link TrackedStateAccess}, FIP-0055). The call
 * manager calls these at every access, whatever the line; transactions nest, and a reverted one forgets its
 * accesses.
 */
public interface StateAccess {
    /** Charges for resolving {@code address} unless it was resolved before in this message. */
    void chargeResolve(Address address);

    /** Records that {@code address} resolved. */
    void resolved(Address address);

    /** Charges for reading actor {@code id} unless it was read or updated before. */
    void chargeRead(long id);

    /** Records that actor {@code id} was read. */
    void read(long id);

    /** Charges for writing actor {@code id}: a lookup unless it was read, an update unless it was updated. */
    void chargeUpdate(long id);

    /** Records that actor {@code id} was written. */
    void updated(long id);

    void beginTransaction();

    void endTransaction(boolean revert);

    /** FVM v2: state access is free and untracked. */
    StateAccess FREE = new StateAccess() {
        @Override
        public void chargeResolve(Address address) {}

        @Override
        public void resolved(Address address) {}

        @Override
        public void chargeRead(long id) {}

        @Override
        public void read(long id) {}

        @Override
        public void chargeUpdate(long id) {}

        @Override
        public void updated(long id) {}

        @Override
        public void beginTransaction() {}

        @Override
        public void endTransaction(boolean revert) {}
    };
}
