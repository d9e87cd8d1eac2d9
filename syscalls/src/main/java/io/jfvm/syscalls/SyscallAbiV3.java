package io.jfvm.syscalls;

import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.Module;
import io.jfvm.gas.GasTracker;
import java.util.List;

/**
 * The actor ABI of FVM v3 ({@code fvm@v3.14.1} {@code bind_syscalls}, without the m2-native
 * {@code actor.install_actor}; actors v10 and v11): {@code vm.exit} with a data block, {@code vm.message_context},
 * {@code network.context} and {@code tipset_cid}, delegated addresses, {@code balance_of}, events, randomness drawn
 * with entropy, an unsigned {@code gas.charge}, {@code gas.available}, and sends with a gas limit and flags.
 *
 * <p>Gas hand-off: {@code charge_for_exec} charges {@code last - counter} (or {@code last + |counter|} when the
 * counter went negative), split into {@code wasm_exec} and {@code wasm_memory_grow}, and does <em>not</em> move
 * {@code last}; {@code charge_for_init} charges {@code wasm_table_init} and {@code wasm_memory_init}.
 */
public sealed class SyscallAbiV3 extends SyscallAbi permits SyscallAbiV4 {
    public static final SyscallAbiV3 INSTANCE = new SyscallAbiV3("FVM v3 ABI", List.of(
            fn("rand", "get_chain_randomness", RandSyscalls.class, "chainRandomnessWithEntropy", I, L, L, I, I),
            fn("rand", "get_beacon_randomness", RandSyscalls.class, "beaconRandomnessWithEntropy", I, L, L, I, I),
            fn("event", "emit_event", EventSyscalls.class, "emitEncodedEvent", I, I),
            fn("self", "self_destruct", SelfSyscalls.class, "selfDestructTo", I, I)));

    /**
     * @param lineSpecific the imports whose signature or meaning changed between v3 and later lines: randomness,
     *     events and self-destruct
     */
    SyscallAbiV3(String name, List<Entry> lineSpecific) {
        super(name, concat(
                List.of(fn("vm", "exit", VmSyscalls.class, "exit", I, I, I, I),
                        fn("vm", "message_context", VmSyscalls.class, "messageContext", I),
                        fn("network", "total_fil_circ_supply", NetworkSyscalls.class, "totalFilCircSupply", I),
                        fn("network", "context", NetworkSyscalls.class, "context", I),
                        fn("network", "tipset_cid", NetworkSyscalls.class, "tipsetCid", I, L, I, I)),
                ipld(),
                List.of(fn("self", "root", SelfSyscalls.class, "root", I, I, I),
                        fn("self", "set_root", SelfSyscalls.class, "setRoot", I),
                        fn("self", "current_balance", SelfSyscalls.class, "currentBalance", I),
                        fn("actor", "resolve_address", ActorSyscalls.class, "resolveAddress", I, I, I),
                        fn("actor", "lookup_delegated_address", ActorSyscalls.class, "lookupDelegatedAddress", I, L,
                                I, I),
                        fn("actor", "get_actor_code_cid", ActorSyscalls.class, "getActorCodeCid", I, L, I, I),
                        fn("actor", "next_actor_address", ActorSyscalls.class, "nextActorAddress", I, I, I),
                        fn("actor", "create_actor", ActorSyscalls.class, "createActor", L, I, I, I),
                        fn("actor", "get_builtin_actor_type", ActorSyscalls.class, "getBuiltinActorType", I, I),
                        fn("actor", "get_code_cid_for_type", ActorSyscalls.class, "getCodeCidForType", I, I, I, I),
                        fn("actor", "balance_of", ActorSyscalls.class, "balanceOf", I, L)),
                crypto(),
                lineSpecific,
                List.of(fn("gas", "charge", GasSyscalls.class, "charge", I, I, L),
                        fn("gas", "available", GasSyscalls.class, "available", I),
                        fn("send", "send", SendSyscalls.class, "send", I, I, I, L, I, L, L, L, L)),
                debug()));
    }

    @Override
    final void chargeForExec(SyscallContext c) {
        long counter = c.gasCounter();
        long last = c.lastAvailable;
        long exec = counter < 0 ? saturatingAddUnsigned(last, -counter) : unsignedSaturatingSub(last, counter);
        long grown = Math.max(0, c.memoryBytes() - c.lastMemoryBytes);
        long memGas = grown == 0 ? 0 : c.kernel.priceList().wasm().growMemoryGas(grown);
        if (Long.compareUnsigned(memGas, exec) <= 0) {
            exec -= memGas;
        } else {
            memGas = exec;
            exec = 0;
        }
        GasTracker tracker = c.kernel.gasTracker();
        tracker.charge("wasm_exec", clampToLong(exec));
        if (memGas != 0) {
            tracker.charge("wasm_memory_grow", clampToLong(memGas));
        }
    }

    /**
     * {@code wasm_table_init} (only for a table exported as {@code table}), then {@code wasm_memory_init} for the
     * minimum of the {@code memory} export.
     */
    @Override
    public final void chargeForInit(Kernel kernel, Module shape) {
        long minMemory = minMemoryBytes(shape);
        for (Export e : shape.exports()) {
            if (e.kind() == ExternKind.TABLE && e.name().equals("table")) {
                long minTable = shape.tableType(e.index()).limits().min();
                kernel.gasTracker().charge("wasm_table_init", kernel.priceList().wasm().initTableGas(minTable));
            }
        }
        kernel.gasTracker().charge("wasm_memory_init", kernel.priceList().wasm().initMemoryGas(minMemory));
    }

    /** u64 {@code a - b} saturating at 0 (both non-negative here). */
    private static long unsignedSaturatingSub(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? 0 : a - b;
    }

    /** u64 {@code a + b} saturating at u64::MAX (returned as raw bits). */
    private static long saturatingAddUnsigned(long a, long b) {
        long r = a + b;
        return Long.compareUnsigned(r, a) < 0 ? -1L : r;
    }

    /** A u64 milligas amount for the tracker: above i64::MAX it exceeds every limit anyway. */
    private static long clampToLong(long u64) {
        return u64 < 0 ? Long.MAX_VALUE : u64;
    }
}
