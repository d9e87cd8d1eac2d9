package io.jfvm.syscalls;

import java.util.List;

/**
 * The actor ABI of FVM v4 ({@code fvm@v4.8.2} {@code link_syscalls}; actors v12 to v18, {@code fvm-v4-deltas.md} §4):
 * the v3 ABI with randomness by round only (FIP-0075), events as entry headers plus key and value buffers
 * (FIP-0072), {@code self_destruct} with a burn flag (FIP-0073) and {@code crypto.verify_bls_aggregate} (FIP-0079).
 * {@code actor.upgrade_actor} is not linked on any Filecoin network. The gas hand-off is v3's.
 */
public final class SyscallAbiV4 extends SyscallAbiV3 {
    public static final SyscallAbiV4 INSTANCE = new SyscallAbiV4();

    private SyscallAbiV4() {
        super("FVM v4 ABI", List.of(
                fn("rand", "get_chain_randomness", RandSyscalls.class, "chainRandomness", I, L),
                fn("rand", "get_beacon_randomness", RandSyscalls.class, "beaconRandomness", I, L),
                fn("event", "emit_event", EventSyscalls.class, "emitEvent", I, I, I, I, I, I),
                fn("self", "self_destruct", SelfSyscalls.class, "selfDestruct", I),
                fn("crypto", "verify_bls_aggregate", CryptoSyscalls.class, "verifyBlsAggregate", I, I, I, I, I, I)));
    }
}
