package io.jfvm.ipld.types;

import io.jfvm.ipld.IpldException;

/**
 * State tree versions that use the {@link StateRoot} tuple. V3 and V4 store 4-field actors
 * {@code [code, head, nonce, balance]}; V5 adds the delegated address.
 */
public enum StateTreeVersion {
    V3(3, 4),
    V4(4, 4),
    V5(5, 5);

    private final int number;
    private final int actorFields;

    StateTreeVersion(int number, int actorFields) {
        this.number = number;
        this.actorFields = actorFields;
    }

    public int number() {
        return number;
    }

    /** Number of fields in an {@link ActorState} tuple of this version. */
    public int actorFields() {
        return actorFields;
    }

    public static StateTreeVersion of(long number) {
        for (StateTreeVersion v : values()) {
            if (v.number == number) return v;
        }
        throw new IpldException("unsupported state tree version " + number + " (supported: 3, 4, 5)");
    }
}
