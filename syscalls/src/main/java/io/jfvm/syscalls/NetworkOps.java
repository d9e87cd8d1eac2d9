package io.jfvm.syscalls;

import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.TokenAmount;

/** {@code network.*} and the network half of v2 {@code vm.context}. */
public interface NetworkOps {
    NetworkContext networkContext();

    TokenAmount totalFilCircSupply();

    /** v3 {@code network.tipset_cid}, with its epoch checks and charge. */
    Cid tipsetCid(long epoch);
}
