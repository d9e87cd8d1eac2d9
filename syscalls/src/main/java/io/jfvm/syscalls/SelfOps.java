package io.jfvm.syscalls;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.TokenAmount;

/** {@code self.*}. */
public interface SelfOps {
    Cid root();

    void setRoot(Cid root);

    TokenAmount currentBalance();

    /** v2 and v3 {@code self_destruct(addr_off, addr_len)}: the balance goes to a beneficiary. */
    void selfDestruct(Address beneficiary);

    /** v4 (FIP-0073) {@code self_destruct(burn_unspent)}: a remaining balance is burnt, or the call fails. */
    void selfDestruct(boolean burnUnspent);
}
