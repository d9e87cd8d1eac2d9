package io.jfvm.syscalls;

import io.jfvm.compiler.ir.Export;
import io.jfvm.compiler.ir.ExternKind;
import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.Module;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.compiler.rt.Memory;
import io.jfvm.ipld.types.Fatal;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * The actor ABI of one FVM line: every syscall import it links (module, name, exact wasm signature, and the Java
 * method implementing it, as the line's {@code bind_syscalls} links them), and how it hands gas between wasm and the
 * tracker. One subclass per line, over what the lines share: {@link SyscallAbiV2} ({@code fvm@v2.12.1}) and
 * {@link SyscallAbiV3} ({@code fvm@v3.14.1}). Every syscall returns {@code i32}; a syscall with a result takes a
 * leading {@code i32} ret pointer.
 */
public abstract class SyscallAbi {
    /** One import: module, name, wasm type, and the static method of {@code owner} that implements it. */
    public record Entry(String module, String name, FuncType type, Class<?> owner, String method) {
        public String key() {
            return module + "." + name;
        }
    }

    static final ValType I = ValType.I32;
    static final ValType L = ValType.I64;

    private final String name;
    private final List<Entry> imports;
    private final MethodHandle[] handles;

    SyscallAbi(String name, List<Entry> imports) {
        this.name = name;
        this.imports = List.copyOf(imports);
        this.handles = resolve(this.imports);
    }

    /** Every import this line links, in link order. */
    public List<Entry> imports() {
        return imports;
    }

    /** The entry for (module, name), or null when the line does not link it. */
    public Entry find(String module, String name) {
        for (Entry e : imports) {
            if (e.module.equals(module) && e.name.equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The implementing methods, in the order of {@link #imports()}, each taking the context first. */
    MethodHandle[] handles() {
        return handles;
    }

    /** {@code charge_for_exec}: charges what wasm used since the last sync (see the subclasses). */
    abstract void chargeForExec(SyscallContext c);

    /**
     * {@code charge_for_init}, called before instantiating {@code shape} for an invocation; a module without a
     * {@code memory} export is Fatal.
     */
    public abstract void chargeForInit(Kernel kernel, Module shape);

    /** The minimum bytes of a module's exported {@code memory}; Fatal when it exports none. */
    static long minMemoryBytes(Module shape) {
        for (Export e : shape.exports()) {
            if (e.kind() == ExternKind.MEMORY && e.name().equals("memory")) {
                return shape.memoryType(e.index()).limits().min() * (long) Memory.PAGE_SIZE;
            }
        }
        throw new Fatal("actor has no memory export");
    }

    static Entry fn(String module, String name, Class<?> owner, String method, ValType... params) {
        return new Entry(module, name, new FuncType(List.of(params), List.of(I)), owner, method);
    }

    /** The {@code ipld} namespace, the same in every line. */
    static List<Entry> ipld() {
        return List.of(
                fn("ipld", "block_open", IpldSyscalls.class, "blockOpen", I, I),
                fn("ipld", "block_create", IpldSyscalls.class, "blockCreate", I, L, I, I),
                fn("ipld", "block_read", IpldSyscalls.class, "blockRead", I, I, I, I, I),
                fn("ipld", "block_stat", IpldSyscalls.class, "blockStat", I, I),
                fn("ipld", "block_link", IpldSyscalls.class, "blockLink", I, I, L, I, I, I));
    }

    /** The {@code crypto} syscalls every line links (v2 adds {@code verify_seal}). */
    static List<Entry> crypto() {
        return List.of(
                fn("crypto", "verify_signature", CryptoSyscalls.class, "verifySignature", I, I, I, I, I, I, I, I),
                fn("crypto", "recover_secp_public_key", CryptoSyscalls.class, "recoverSecpPublicKey", I, I, I),
                fn("crypto", "hash", CryptoSyscalls.class, "hash", I, L, I, I, I, I),
                fn("crypto", "verify_post", CryptoSyscalls.class, "verifyPost", I, I, I),
                fn("crypto", "compute_unsealed_sector_cid", CryptoSyscalls.class, "computeUnsealedSectorCid", I, L,
                        I, I, I, I),
                fn("crypto", "verify_consensus_fault", CryptoSyscalls.class, "verifyConsensusFault", I, I, I, I, I,
                        I, I),
                fn("crypto", "verify_aggregate_seals", CryptoSyscalls.class, "verifyAggregateSeals", I, I, I),
                fn("crypto", "verify_replica_update", CryptoSyscalls.class, "verifyReplicaUpdate", I, I, I),
                fn("crypto", "batch_verify_seals", CryptoSyscalls.class, "batchVerifySeals", I, I, I));
    }

    /** The {@code debug} namespace, the same in every line. */
    static List<Entry> debug() {
        return List.of(
                fn("debug", "log", DebugSyscalls.class, "log", I, I),
                fn("debug", "enabled", DebugSyscalls.class, "enabled", I),
                fn("debug", "store_artifact", DebugSyscalls.class, "storeArtifact", I, I, I, I));
    }

    @SafeVarargs
    static List<Entry> concat(List<Entry>... parts) {
        List<Entry> all = new ArrayList<>();
        for (List<Entry> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    /** The JVM method type of a syscall method: (SyscallContext, wasm params as int/long) int. */
    static MethodType methodType(FuncType type) {
        Class<?>[] params = new Class<?>[type.params().size() + 1];
        params[0] = SyscallContext.class;
        for (int i = 0; i < type.params().size(); i++) {
            ValType v = type.params().get(i);
            params[i + 1] = switch (v) {
                case I32 -> int.class;
                case I64 -> long.class;
                default -> throw new IllegalStateException("syscall parameter of type " + v);
            };
        }
        return MethodType.methodType(int.class, params);
    }

    private static MethodHandle[] resolve(List<Entry> table) {
        MethodHandle[] out = new MethodHandle[table.size()];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (int i = 0; i < out.length; i++) {
            Entry e = table.get(i);
            try {
                out[i] = lookup.findStatic(e.owner(), e.method(), methodType(e.type()));
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("no syscall method " + e.owner().getSimpleName() + "." + e.method()
                        + methodType(e.type()) + " for " + e.key(), ex);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
