package io.jfvm.syscalls;

import io.jfvm.compiler.ir.FuncType;
import io.jfvm.compiler.ir.ValType;
import io.jfvm.ipld.types.FvmVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every syscall import of an FVM line: (module, name, wasm signature) and the Java method implementing it. The
 * v2 table is ref-fvm {@code fvm@v2.12.1} {@code bind_syscalls}; the v3 table is {@code fvm@v3.14.1}'s (without
 * the m2-native {@code actor.install_actor}). Every syscall returns {@code i32}; a value syscall takes a leading
 * {@code i32} ret pointer.
 */
public final class ImportTable {
    /** One import: module, name, wasm type, and the {@link Syscalls} method. */
    public record Entry(String module, String name, FuncType type, String method) {
        public String key() {
            return module + "." + name;
        }
    }

    private static final ValType I = ValType.I32;
    private static final ValType L = ValType.I64;

    private static final List<Entry> V2 = buildV2();
    private static final List<Entry> V3 = buildV3();

    private ImportTable() {}

    public static List<Entry> forVersion(FvmVersion version) {
        return version == FvmVersion.V2 ? V2 : V3;
    }

    /** The entry for (module, name), or null. */
    public static Entry find(FvmVersion version, String module, String name) {
        for (Entry e : forVersion(version)) {
            if (e.module.equals(module) && e.name.equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Entry e(String module, String name, String method, ValType... params) {
        return new Entry(module, name, new FuncType(List.of(params), List.of(I)), method);
    }

    private static List<Entry> buildV3() {
        List<Entry> t = new ArrayList<>();
        t.add(e("vm", "exit", "v3_exit", I, I, I, I));
        t.add(e("vm", "message_context", "v3_message_context", I));
        t.add(e("network", "total_fil_circ_supply", "total_fil_circ_supply", I));
        t.add(e("network", "context", "v3_network_context", I));
        t.add(e("network", "tipset_cid", "v3_tipset_cid", I, L, I, I));
        addIpld(t);
        addSelf(t);
        t.add(e("actor", "resolve_address", "resolve_address", I, I, I));
        t.add(e("actor", "lookup_delegated_address", "v3_lookup_delegated_address", I, L, I, I));
        t.add(e("actor", "get_actor_code_cid", "get_actor_code_cid", I, L, I, I));
        t.add(e("actor", "next_actor_address", "next_actor_address", I, I, I));
        t.add(e("actor", "create_actor", "v3_create_actor", L, I, I, I));
        t.add(e("actor", "get_builtin_actor_type", "get_builtin_actor_type", I, I));
        t.add(e("actor", "get_code_cid_for_type", "get_code_cid_for_type", I, I, I, I));
        t.add(e("actor", "balance_of", "v3_balance_of", I, L));
        addCrypto(t, false);
        t.add(e("event", "emit_event", "v3_emit_event", I, I));
        addRand(t);
        t.add(e("gas", "charge", "v3_charge", I, I, L));
        t.add(e("gas", "available", "v3_available", I));
        t.add(e("send", "send", "v3_send", I, I, I, L, I, L, L, L, L));
        addDebug(t);
        return Collections.unmodifiableList(t);
    }

    private static List<Entry> buildV2() {
        List<Entry> t = new ArrayList<>();
        t.add(e("vm", "abort", "v2_abort", I, I, I));
        t.add(e("vm", "context", "v2_context", I));
        t.add(e("network", "base_fee", "v2_base_fee", I));
        t.add(e("network", "total_fil_circ_supply", "total_fil_circ_supply", I));
        addIpld(t);
        addSelf(t);
        t.add(e("actor", "resolve_address", "resolve_address", I, I, I));
        t.add(e("actor", "get_actor_code_cid", "get_actor_code_cid", I, L, I, I));
        t.add(e("actor", "new_actor_address", "next_actor_address", I, I, I));
        t.add(e("actor", "create_actor", "v2_create_actor", L, I));
        t.add(e("actor", "get_builtin_actor_type", "get_builtin_actor_type", I, I));
        t.add(e("actor", "get_code_cid_for_type", "get_code_cid_for_type", I, I, I, I));
        addCrypto(t, true);
        addRand(t);
        t.add(e("gas", "charge", "v2_charge", I, I, L));
        t.add(e("send", "send", "v2_send", I, I, I, L, I, L, L));
        addDebug(t);
        return Collections.unmodifiableList(t);
    }

    private static void addIpld(List<Entry> t) {
        t.add(e("ipld", "block_open", "block_open", I, I));
        t.add(e("ipld", "block_create", "block_create", I, L, I, I));
        t.add(e("ipld", "block_read", "block_read", I, I, I, I, I));
        t.add(e("ipld", "block_stat", "block_stat", I, I));
        t.add(e("ipld", "block_link", "block_link", I, I, L, I, I, I));
    }

    private static void addSelf(List<Entry> t) {
        t.add(e("self", "root", "root", I, I, I));
        t.add(e("self", "set_root", "set_root", I));
        t.add(e("self", "current_balance", "current_balance", I));
        t.add(e("self", "self_destruct", "self_destruct", I, I));
    }

    private static void addCrypto(List<Entry> t, boolean v2) {
        t.add(e("crypto", "verify_signature", "verify_signature", I, I, I, I, I, I, I, I));
        t.add(e("crypto", "recover_secp_public_key", "recover_secp_public_key", I, I, I));
        t.add(e("crypto", "hash", "hash", I, L, I, I, I, I));
        if (v2) {
            t.add(e("crypto", "verify_seal", "v2_verify_seal", I, I, I));
        }
        t.add(e("crypto", "verify_post", "verify_post", I, I, I));
        t.add(e("crypto", "compute_unsealed_sector_cid", "compute_unsealed_sector_cid", I, L, I, I, I, I));
        t.add(e("crypto", "verify_consensus_fault", "verify_consensus_fault", I, I, I, I, I, I, I));
        t.add(e("crypto", "verify_aggregate_seals", "verify_aggregate_seals", I, I, I));
        t.add(e("crypto", "verify_replica_update", "verify_replica_update", I, I, I));
        t.add(e("crypto", "batch_verify_seals", "batch_verify_seals", I, I, I));
    }

    private static void addRand(List<Entry> t) {
        t.add(e("rand", "get_chain_randomness", "get_chain_randomness", I, L, L, I, I));
        t.add(e("rand", "get_beacon_randomness", "get_beacon_randomness", I, L, L, I, I));
    }

    private static void addDebug(List<Entry> t) {
        t.add(e("debug", "log", "log", I, I));
        t.add(e("debug", "enabled", "enabled", I));
        t.add(e("debug", "store_artifact", "store_artifact", I, I, I, I));
    }
}
