package io.jfvm.syscalls;

import io.jfvm.gas.OutOfGasException;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.TokenAmount;

/** {@code self.*}. */
public interface SelfOps {
    Cid root() throws OutOfGasException;

    void setRoot(Cid root) throws OutOfGasException;

    TokenAmount currentBalance() throws OutOfGasException;

    /** Both lines take a beneficiary address (v2 and v3 {@code self_destruct(addr_off, addr_len)}). */
    void selfDestruct(Address beneficiary) throws OutOfGasException;
}
