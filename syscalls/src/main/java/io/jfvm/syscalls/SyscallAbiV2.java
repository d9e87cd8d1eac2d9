package io.jfvm.syscalls;

import io.jfvm.compiler.ir.Module;
import io.jfvm.gas.Gas;
import java.util.List;

/**
 * The actor ABI of FVM v2 ({@code fvm@v2.12.1} {@code bind_syscalls}; actors v8 and v9): {@code vm.abort} and the
 * combined {@code vm.context}, {@code network.base_fee}, {@code actor.new_actor_address}, a two-argument
 * {@code create_actor}, {@code crypto.verify_seal}, a signed {@code gas.charge} and a send without gas limit or
 * flags.
 *
 * <p>Gas hand-off: {@code charge_for_exec} charges {@code last - counter} (saturating) as {@code wasm_exec} and moves
 * {@code last} to the counter; instantiation is free.
 */
public final class SyscallAbiV2 extends SyscallAbi {
    public static final SyscallAbiV2 INSTANCE = new SyscallAbiV2();

    private SyscallAbiV2() {
        super("FVM v2 ABI", concat(
                List.of(fn("vm", "abort", VmSyscalls.class, "abort", I, I, I),
                        fn("vm", "context", VmSyscalls.class, "invocationContext", I),
                        fn("network", "base_fee", NetworkSyscalls.class, "baseFee", I),
                        fn("network", "total_fil_circ_supply", NetworkSyscalls.class, "totalFilCircSupply", I)),
                ipld(),
                List.of(fn("self", "root", SelfSyscalls.class, "root", I, I, I),
                        fn("self", "set_root", SelfSyscalls.class, "setRoot", I),
                        fn("self", "current_balance", SelfSyscalls.class, "currentBalance", I),
                        fn("self", "self_destruct", SelfSyscalls.class, "selfDestructTo", I, I),
                        fn("actor", "resolve_address", ActorSyscalls.class, "resolveAddress", I, I, I),
                        fn("actor", "get_actor_code_cid", ActorSyscalls.class, "getActorCodeCid", I, L, I, I),
                        fn("actor", "new_actor_address", ActorSyscalls.class, "nextActorAddress", I, I, I),
                        fn("actor", "create_actor", ActorSyscalls.class, "createActorV2", L, I),
                        fn("actor", "get_builtin_actor_type", ActorSyscalls.class, "getBuiltinActorType", I, I),
                        fn("actor", "get_code_cid_for_type", ActorSyscalls.class, "getCodeCidForType", I, I, I, I),
                        fn("crypto", "verify_seal", CryptoSyscalls.class, "verifySeal", I, I, I)),
                crypto(),
                List.of(fn("rand", "get_chain_randomness", RandSyscalls.class, "chainRandomnessWithEntropy", I, L, L,
                                I, I),
                        fn("rand", "get_beacon_randomness", RandSyscalls.class, "beaconRandomnessWithEntropy", I, L, L,
                                I, I),
                        fn("gas", "charge", GasSyscalls.class, "chargeSigned", I, I, L),
                        fn("send", "send", SendSyscalls.class, "sendV2", I, I, I, L, I, L, L)),
                debug()));
    }

    @Override
    void chargeForExec(SyscallContext c) {
        long counter = c.gasCounter();
        long used = Gas.sub(c.lastAvailable, counter);
        c.lastAvailable = counter;
        c.kernel.gasTracker().charge("wasm_exec", used);
    }

    /** Nothing: v2 does not charge for instantiation (a missing memory export fails when the instance attaches). */
    @Override
    public void chargeForInit(Kernel kernel, Module shape) {}
}
