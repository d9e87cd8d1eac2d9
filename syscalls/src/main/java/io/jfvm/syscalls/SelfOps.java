package io.jfvm.syscalls;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.TokenAmount;

/** {@code self.*}. */
public interface SelfOps {
    Cid root();

    void setRoot(Cid root);

    TokenAmount currentBalance();

    /** Both lines take a beneficiary address (v2 and v3 {@code self_destruct(addr_off, addr_len)}). */
    void selfDestruct(Address beneficiary);
}
