package io.jfvm.syscalls;

import io.jfvm.ipld.types.SyscallError;
import io.jfvm.ipld.types.OutOfGas;
import io.jfvm.ipld.types.Fatal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.ir.ValType;
import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each syscall through wasm against {@link TestKernel}: bounds, error numbers, packed layouts. */
class SyscallBehaviourTest {
    static final int IA = ErrorNumber.ILLEGAL_ARGUMENT.code();
    static final int MEM = 65536;
    static final Set<String> NO_RET = Set.of("vm.exit", "vm.abort", "self.set_root", "self.self_destruct",
            "actor.create_actor", "crypto.batch_verify_seals", "event.emit_event", "gas.charge", "debug.log",
            "debug.store_artifact");

    static TestActor v2() {
        return TestActor.create(17, 10_000_000_000L);
    }

    static TestActor v3() {
        return TestActor.create(18, 10_000_000_000L);
    }

    static long u64(byte[] m, int off) {
        return ActorMemory.getU64(m, off);
    }

    static int u32(byte[] m, int off) {
        return ActorMemory.getU32(m, off);
    }

    static int put(TestActor a, int off, byte[] bytes) {
        System.arraycopy(bytes, 0, a.mem(), off, bytes.length);
        return bytes.length;
    }

    /** Every value syscall rejects an out-of-range ret pointer with IllegalArgument before touching the kernel. */
    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18, 21})
    void badRetPointerIsIllegalArgumentEverywhere(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        int checked = 0;
        for (SyscallAbi.Entry e : a.abi.imports()) {
            if (NO_RET.contains(e.key())) {
                continue;
            }
            for (int ret : new int[] {-1, MEM, MEM - 1}) {
                Object[] args = new Object[e.type().params().size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = e.type().params().get(i) == ValType.I64 ? (Object) 0L : (Object) 0;
                }
                args[0] = ret;
                assertEquals(IA, a.call(e.key(), args), e.key() + " with ret " + ret);
            }
            checked++;
        }
        assertTrue(a.kernel.calls.isEmpty(), "kernel must not be called: " + a.kernel.calls);
        assertTrue(checked >= 25, "checked " + checked);
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void ipldBlocks(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        byte[] m = a.mem();
        // block_create: data out of bounds → IA, kernel untouched
        assertEquals(IA, a.call("ipld.block_create", 0, 0x71L, MEM - 2, 3));
        assertEquals(IA, a.call("ipld.block_create", 0, 0x71L, -1, 0));
        assertTrue(a.kernel.calls.isEmpty());
        put(a, 100, new byte[] {(byte) 0x82, 1, 2});
        assertEquals(0, a.call("ipld.block_create", 0, 0x71L, 100, 3));
        assertEquals(1, u32(m, 0));
        // empty slice at the very end of memory is valid
        assertEquals(0, a.call("ipld.block_create", 0, 0x55L, MEM, 0));
        // block_stat layout: codec u64, size u32 (12 bytes, unaligned at 1)
        assertEquals(0, a.call("ipld.block_stat", 1, 1));
        assertEquals(0x71L, u64(m, 1));
        assertEquals(3, u32(m, 9));
        assertEquals(0, a.call("ipld.block_stat", MEM - 12, 1), "struct ending exactly at the end of memory");
        assertEquals(ErrorNumber.INVALID_HANDLE.code(), a.call("ipld.block_stat", 0, 99));
        // block_read
        assertEquals(IA, a.call("ipld.block_read", 0, 1, 0, MEM - 1, 2));
        assertEquals(0, a.call("ipld.block_read", 0, 1, 1, 200, 10));
        assertEquals(3 - 11, u32(m, 0));
        assertArrayEquals(new byte[] {1, 2}, Arrays.copyOfRange(m, 200, 202));
        assertEquals(ErrorNumber.INVALID_HANDLE.code(), a.call("ipld.block_read", 0, 42, 0, 200, 1));
        // block_open: CID offset beyond memory / at the end → IA; a valid CID opens
        assertEquals(IA, a.call("ipld.block_open", 0, MEM + 1));
        assertEquals(IA, a.call("ipld.block_open", 0, MEM));
        Cid cid = Cid.of(Multicodec.DAG_CBOR, new byte[] {(byte) 0x80});
        put(a, 300, cid.toBytes());
        assertEquals(IA, a.call("ipld.block_open", 0, MEM - 5), "truncated CID");
        int calls = a.kernel.calls.size();
        assertEquals(0, a.call("ipld.block_open", 0, 300));
        assertEquals(calls + 1, a.kernel.calls.size());
        assertEquals(0x71L, u64(m, 0));
        assertEquals(3, u32(m, 8), "id");
        assertEquals(1, u32(m, 12), "size");
        // block_link: output buffer checked before the kernel; too small → BufferTooSmall
        calls = a.kernel.calls.size();
        assertEquals(IA, a.call("ipld.block_link", 0, 1, 0xb220L, 32, MEM - 10, 11));
        assertEquals(calls, a.kernel.calls.size());
        assertEquals(ErrorNumber.BUFFER_TOO_SMALL.code(), a.call("ipld.block_link", 0, 1, 0xb220L, 32, 400, 10));
        assertEquals(0, a.call("ipld.block_link", 0, 1, 0xb220L, 32, 400, 100));
        int len = u32(m, 0);
        Cid linked = Cid.of(0x71, new byte[] {(byte) 0x82, 1, 2});
        assertEquals(linked.toBytes().length, len);
        assertArrayEquals(linked.toBytes(), Arrays.copyOfRange(m, 400, 400 + len));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void selfSyscalls(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        byte[] m = a.mem();
        assertEquals(IA, a.call("self.root", 0, MEM - 5, 10));
        assertTrue(a.kernel.calls.isEmpty(), "root: output checked before the kernel");
        assertEquals(ErrorNumber.BUFFER_TOO_SMALL.code(), a.call("self.root", 0, 100, 5));
        assertEquals(0, a.call("self.root", 0, 100, 100));
        assertArrayEquals(a.kernel.root.toBytes(), Arrays.copyOfRange(m, 100, 100 + u32(m, 0)));
        assertEquals(IA, a.call("self.set_root", MEM));
        Cid c = Cid.of(Multicodec.DAG_CBOR, new byte[] {1});
        put(a, 500, c.toBytes());
        assertEquals(0, a.call("self.set_root", 500));
        assertEquals(c, a.kernel.root);
        assertEquals(0, a.call("self.current_balance", 7));
        BigInteger bal = new BigInteger("123456789012345678901234567890");
        assertEquals(bal.longValue(), u64(m, 7), "lo");
        assertEquals(bal.shiftRight(64).longValue(), u64(m, 15), "hi");
        assertEquals(IA, a.call("self.self_destruct", 600, 1), "address shorter than 2 bytes");
        assertEquals(IA, a.call("self.self_destruct", MEM - 1, 2));
        put(a, 600, Address.id(1234).toBytes());
        assertEquals(0, a.call("self.self_destruct", 600, Address.id(1234).toBytes().length));
        assertEquals(Address.id(1234), a.kernel.lastArg);
        a.kernel.failNext = SyscallError.of(ErrorNumber.FORBIDDEN, "self");
        assertEquals(ErrorNumber.FORBIDDEN.code(), a.call("self.self_destruct", 600, 3));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void actorSyscalls(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        byte[] m = a.mem();
        byte[] idAddr = Address.id(77).toBytes();
        put(a, 100, idAddr);
        assertEquals(0, a.call("actor.resolve_address", 0, 100, idAddr.length));
        assertEquals(77L, u64(m, 0));
        assertEquals(IA, a.call("actor.resolve_address", 0, 100, 1));
        assertEquals(IA, a.call("actor.resolve_address", 0, 200, 3), "unknown protocol 0x00? no: bad varint");
        byte[] f2 = Address.actorFromData(new byte[] {1}).toBytes();
        put(a, 300, f2);
        assertEquals(ErrorNumber.NOT_FOUND.code(), a.call("actor.resolve_address", 0, 300, f2.length));
        put(a, 400, new byte[] {9, 1});
        assertEquals(IA, a.call("actor.resolve_address", 0, 400, 2), "unknown protocol");

        String next = nv == 17 ? "actor.new_actor_address" : "actor.next_actor_address";
        int calls = a.kernel.calls.size();
        assertEquals(ErrorNumber.BUFFER_TOO_SMALL.code(), a.call(next, 0, 500, 20));
        assertEquals(IA, a.call(next, 0, MEM - 20, 21));
        assertEquals(calls, a.kernel.calls.size());
        assertEquals(0, a.call(next, 0, 500, 21));
        assertEquals(21, u32(m, 0));
        assertArrayEquals(Address.actorFromData(new byte[] {9}).toBytes(), Arrays.copyOfRange(m, 500, 521));

        assertEquals(IA, a.call("actor.get_actor_code_cid", 0, 5L, MEM, 1));
        assertEquals(0, a.call("actor.get_actor_code_cid", 0, 5L, 600, 100));
        assertEquals(Cid.of(Multicodec.RAW, new byte[] {1, 2, 3}).toBytes().length, u32(m, 0));

        assertEquals(0, a.call("actor.get_code_cid_for_type", 0, 4, 700, 100));
        assertEquals(Cid.of(Multicodec.RAW, new byte[] {4}), Cid.parse(m, 700, 0).cid());
        a.kernel.failNext = SyscallError.illegalArgument("unknown type");
        assertEquals(IA, a.call("actor.get_code_cid_for_type", 0, 99, 700, 100));

        put(a, 800, Cid.of(Multicodec.RAW, new byte[] {1}).toBytes());
        assertEquals(0, a.call("actor.get_builtin_actor_type", 4, 800));
        assertEquals(7, u32(m, 4));
        assertEquals(IA, a.call("actor.get_builtin_actor_type", 4, MEM + 5));

        if (nv == 17) {
            assertEquals(0, a.call("actor.create_actor", 1000L, 800));
            assertNull(a.kernel.lastArg);
            assertEquals(IA, a.call("actor.create_actor", 1000L, MEM));
        } else {
            assertEquals(0, a.call("actor.create_actor", 1000L, 800, -1, 0), "no delegated address: not read");
            assertNull(a.kernel.lastArg);
            byte[] f4 = Address.delegated(10, new byte[20]).toBytes();
            put(a, 900, f4);
            assertEquals(0, a.call("actor.create_actor", 1000L, 800, 900, f4.length));
            assertEquals(Address.delegated(10, new byte[20]), a.kernel.lastArg);
            assertEquals(IA, a.call("actor.create_actor", 1000L, 800, 900, 1));

            assertEquals(0, a.call("actor.lookup_delegated_address", 0, 0L, 1000, 0), "none → 0");
            assertEquals(0, u32(m, 0));
            assertEquals(ErrorNumber.BUFFER_TOO_SMALL.code(), a.call("actor.lookup_delegated_address", 0, 5L, 1000, 10));
            assertEquals(0, a.call("actor.lookup_delegated_address", 0, 5L, 1000, 100));
            assertEquals(f4.length, u32(m, 0));
            assertEquals(IA, a.call("actor.lookup_delegated_address", 0, 5L, MEM - 10, 100));

            assertEquals(0, a.call("actor.balance_of", 3, 55L));
            assertEquals(55L, u64(m, 3));
            assertEquals(0L, u64(m, 11));
        }
    }

    @Test
    void v3ContextsLayout() {
        TestActor a = v3();
        byte[] m = a.mem();
        assertEquals(0, a.call("vm.message_context", 1));
        long[] expect = {101, 102, 103, 104, 105};
        for (int i = 0; i < 5; i++) {
            assertEquals(expect[i], u64(m, 1 + 8 * i));
        }
        assertEquals(106, u64(m, 41));
        assertEquals(0, u64(m, 49));
        assertEquals(107, u64(m, 57));
        assertEquals(1, u64(m, 73), "flags");
        assertEquals(IA, a.call("vm.message_context", MEM - 79));
        assertEquals(0, a.call("vm.message_context", MEM - 80));

        assertEquals(0, a.call("network.context", 3));
        assertEquals(201, u64(m, 3));
        assertEquals(202, u64(m, 11));
        assertEquals(203, u64(m, 19));
        assertEquals(0, u64(m, 27));
        assertEquals(314, u64(m, 35));
        assertEquals(18, u32(m, 43));
        assertEquals(IA, a.call("network.context", MEM - 43));

        assertEquals(IA, a.call("network.tipset_cid", 0, 5L, MEM, 1));
        assertEquals(0, a.call("network.tipset_cid", 0, 5L, 100, 100));
        assertEquals(Cid.of(Multicodec.DAG_CBOR, new byte[] {5}), Cid.parse(m, 100, 0).cid());

        RuntimeException e = assertThrows(RuntimeException.class, () -> a.call("network.total_fil_circ_supply", 0));
        assertInstanceOf(Fatal.class, e, "a negative token amount cannot become a u128");

        assertEquals(0, a.call("gas.available", 5));
        assertEquals(a.kernel.tracker.availableRoundedDown(), u64(m, 5));
    }

    @Test
    void v2ContextLayout() {
        TestActor a = v2();
        byte[] m = a.mem();
        assertEquals(0, a.call("vm.context", 1));
        assertEquals(106, u64(m, 1));
        assertEquals(0, u64(m, 9));
        assertEquals(103, u64(m, 17));
        assertEquals(104, u64(m, 25));
        assertEquals(105, u64(m, 33));
        assertEquals(201, u64(m, 41));
        assertEquals(17, u32(m, 49));
        assertEquals(IA, a.call("vm.context", MEM - 51));
        assertEquals(0, a.call("vm.context", MEM - 52));
        assertEquals(0, a.call("network.base_fee", 2));
        assertEquals(203, u64(m, 2));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void cryptoSyscalls(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        byte[] m = a.mem();
        byte[] id = Address.id(1).toBytes();
        put(a, 100, id);
        assertEquals(IA, a.call("crypto.verify_signature", 0, 3, 0, 1, 100, id.length, 0, 0));
        assertEquals(IA, a.call("crypto.verify_signature", 0, 1, MEM, 1, 100, id.length, 0, 0));
        assertEquals(IA, a.call("crypto.verify_signature", 0, 1, 0, 1, 100, 1, 0, 0));
        assertEquals(IA, a.call("crypto.verify_signature", 0, 2, 0, 1, 100, id.length, MEM, 2));
        assertTrue(a.kernel.calls.isEmpty());
        assertEquals(0, a.call("crypto.verify_signature", 0, 1, 0, 1, 100, id.length, 0, 0));
        assertEquals(0, u32(m, 0));
        assertEquals(0, a.call("crypto.verify_signature", 0, 2, 0, 0, 100, id.length, 0, 0));
        assertEquals(-1, u32(m, 0));

        // hash: digest buffer first, then data; truncation allowed
        int calls = a.kernel.calls.size();
        assertEquals(IA, a.call("crypto.hash", 0, 0xb220L, 0, 10, MEM - 4, 8));
        assertEquals(IA, a.call("crypto.hash", 0, 0xb220L, MEM, 10, 200, 8));
        assertEquals(calls, a.kernel.calls.size());
        assertEquals(0, a.call("crypto.hash", 0, 0xb220L, 0, 10, 200, 8));
        assertEquals(8, u32(m, 0));
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, Arrays.copyOfRange(m, 200, 208));
        assertEquals(0, a.call("crypto.hash", 0, 0xb220L, 0, 10, 300, 64));
        assertEquals(32, u32(m, 0));

        assertEquals(IA, a.call("crypto.recover_secp_public_key", 0, MEM - 31, 0));
        assertEquals(IA, a.call("crypto.recover_secp_public_key", 0, 0, MEM - 64));
        assertEquals(0, a.call("crypto.recover_secp_public_key", 400, 0, 0));
        assertEquals(IA, a.call("crypto.recover_secp_public_key", MEM - 64, 0, 0), "65-byte result");

        // CBOR inputs: undecodable → IA
        put(a, 1000, new byte[] {(byte) 0xff});
        assertEquals(IA, a.call("crypto.verify_post", 0, 1000, 1));
        assertEquals(IA, a.call("crypto.verify_replica_update", 0, 1000, 1));
        assertEquals(IA, a.call("crypto.verify_aggregate_seals", 0, MEM, 1));
        byte[] arr = DagCbor.encode(CborArray.of(CborInt.of(1), CborInt.of(2),
                CborInt.of(10)));
        put(a, 1100, arr);
        assertEquals(0, a.call("crypto.verify_post", 0, 1100, arr.length));
        assertEquals(0, u32(m, 0));
        assertEquals(0, a.call("crypto.verify_aggregate_seals", 0, 1100, arr.length));
        assertEquals(-1, u32(m, 0));
        assertEquals(IA, a.call("crypto.verify_post", 0, 1100, arr.length + 1), "trailing bytes");

        // compute_unsealed_sector_cid: pieces decoded, then cid buffer checked, then the kernel
        calls = a.kernel.calls.size();
        assertEquals(IA, a.call("crypto.compute_unsealed_sector_cid", 0, 8L, 1000, 1, 1200, 100));
        assertEquals(IA, a.call("crypto.compute_unsealed_sector_cid", 0, 8L, 1100, arr.length, MEM, 1));
        assertEquals(calls, a.kernel.calls.size());
        assertEquals(0, a.call("crypto.compute_unsealed_sector_cid", 0, 8L, 1100, arr.length, 1200, 100));
        assertEquals(Cid.of(Multicodec.RAW, new byte[] {5}), Cid.parse(m, 1200, 0).cid());

        // batch_verify_seals: array required, result buffer checked before the kernel
        assertEquals(IA, a.call("crypto.batch_verify_seals", 1000, 1, 2000));
        byte[] notArray = DagCbor.encode(CborInt.of(1));
        put(a, 1300, notArray);
        assertEquals(IA, a.call("crypto.batch_verify_seals", 1300, notArray.length, 2000));
        calls = a.kernel.calls.size();
        assertEquals(IA, a.call("crypto.batch_verify_seals", 1100, arr.length, MEM - 2));
        assertEquals(calls, a.kernel.calls.size());
        assertEquals(0, a.call("crypto.batch_verify_seals", 1100, arr.length, MEM - 3));
        assertArrayEquals(new byte[] {1, 0, 1}, Arrays.copyOfRange(m, MEM - 3, MEM));

        // verify_consensus_fault layout: epoch i64, target u64, fault u32
        assertEquals(0, a.call("crypto.verify_consensus_fault", 5, 0, 1, 0, 1, 0, 0));
        assertEquals(-5L, u64(m, 5));
        assertEquals(1000L, u64(m, 13));
        assertEquals(2, u32(m, 21));
        assertEquals(0, a.call("crypto.verify_consensus_fault", 5, 0, 0, 0, 1, 0, 0));
        assertEquals(0L, u64(m, 5));
        assertEquals(0, u32(m, 21));
        assertEquals(IA, a.call("crypto.verify_consensus_fault", 5, 0, 1, MEM, 1, 0, 0));
        assertEquals(IA, a.call("crypto.verify_consensus_fault", MEM - 19, 0, 1, 0, 1, 0, 0));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void randomness(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        assertEquals(IA, a.call("rand.get_chain_randomness", 0, 1L, 2L, MEM, 1));
        assertEquals(IA, a.call("rand.get_beacon_randomness", MEM - 31, 1L, 2L, 0, 0));
        assertEquals(0, a.call("rand.get_chain_randomness", 100, 1L, 2L, 0, 4));
        byte[] sevens = new byte[32];
        Arrays.fill(sevens, (byte) 7);
        assertArrayEquals(sevens, Arrays.copyOfRange(a.mem(), 100, 132));
        assertEquals(4, ((byte[]) a.kernel.lastArg).length);
        assertEquals(0, a.call("rand.get_beacon_randomness", MEM - 32, 1L, 2L, 0, 0));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void gasCharge(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        put(a, 100, "OnFoo".getBytes(StandardCharsets.UTF_8));
        a.kernel.tracker.drainTrace();
        assertEquals(0, a.call("gas.charge", 100, 5, 5L));
        List<GasCharge> named = new ArrayList<>();
        for (GasCharge c : a.kernel.tracker.drainTrace()) {
            if (c.name().equals("OnFoo")) {
                named.add(c);
            }
        }
        assertEquals(1, named.size());
        assertEquals(5000, named.get(0).totalMilligas());
        a.mem()[200] = (byte) 0xc3;
        assertEquals(IA, a.call("gas.charge", 200, 1, 1L), "invalid UTF-8 name");
        assertEquals(IA, a.call("gas.charge", MEM, 1, 1L));
        if (nv == 17) {
            a.kernel.tracker.drainTrace();
            assertEquals(0, a.call("gas.charge", 100, 5, -3L), "v2 amounts are i64: a negative charge refunds");
            assertTrue(a.kernel.tracker.drainTrace().stream()
                    .anyMatch(c -> c.name().equals("OnFoo") && c.totalMilligas() == -3000));
        } else {
            RuntimeException e = assertThrows(RuntimeException.class, () -> a.call("gas.charge", 100, 5, -1L));
            assertInstanceOf(OutOfGas.class, e, "v3 amounts are u64: u64::MAX gas is out of gas");
        }
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void send(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        byte[] m = a.mem();
        byte[] to = Address.id(42).toBytes();
        put(a, 100, to);
        Object[] args = nv == 17
                ? new Object[] {0, 100, to.length, 7L, 2, 1L, 5L}
                : new Object[] {0, 100, to.length, 7L, 2, 1L, 5L, 1000L, 1L};
        assertEquals(0, a.call("send.send", args));
        Object[] got = (Object[]) a.kernel.lastArg;
        assertEquals(Address.id(42), got[0]);
        assertEquals(7L, got[1]);
        assertEquals(2, got[2]);
        assertEquals(BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(5)), ((io.jfvm.ipld.types.TokenAmount) got[3]).atto());
        assertEquals(nv == 17 ? SendOps.NO_GAS_LIMIT : 1000L, got[4]);
        assertEquals(nv == 17 ? 0L : 1L, got[5]);
        assertEquals(0, u32(m, 0));
        assertEquals(3, u32(m, 4));
        assertEquals(0x71L, u64(m, 8));
        assertEquals(42, u32(m, 16));
        Object[] bad = args.clone();
        bad[2] = 1;
        assertEquals(IA, a.call("send.send", bad), "bad address");
        if (nv == 18) {
            bad = args.clone();
            bad[8] = 2L;
            assertEquals(IA, a.call("send.send", bad), "unknown send flag");
        }
        bad = args.clone();
        bad[0] = MEM - 19;
        assertEquals(IA, a.call("send.send", bad));
        assertEquals(Long.MAX_VALUE, SendOps.gasLimitMilligas(-1L));
        assertEquals(0L, SendOps.gasLimitMilligas(0L));
    }

    @Test
    void v3Events() {
        TestActor a = v3();
        assertEquals(IA, a.call("event.emit_event", MEM - 1, 2));
        assertTrue(a.kernel.calls.isEmpty());
        assertEquals(0, a.call("event.emit_event", 10, 4));
        assertEquals(4, ((byte[]) a.kernel.lastArg).length);
        a.kernel.failNext = SyscallError.of(ErrorNumber.LIMIT_EXCEEDED, "too many");
        assertEquals(ErrorNumber.LIMIT_EXCEEDED.code(), a.call("event.emit_event", 10, 4));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void debug(int nv) {
        TestActor a = TestActor.create(nv, 10_000_000_000L);
        assertEquals(0, a.call("debug.enabled", 0));
        assertEquals(0, u32(a.mem(), 0));
        put(a, 100, "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, a.call("debug.log", 100, 5));
        assertEquals("hello", a.kernel.lastArg);
        a.mem()[200] = (byte) 0xff;
        assertEquals(IA, a.call("debug.log", 200, 1));
        assertEquals(IA, a.call("debug.log", MEM, 1));
        assertEquals(0, a.call("debug.store_artifact", 100, 5, 0, 10));
        assertEquals(IA, a.call("debug.store_artifact", 100, 5, MEM, 1));
        a.kernel.debug = false;
        assertEquals(0, a.call("debug.enabled", 0));
        assertEquals(-1, u32(a.mem(), 0));
        assertEquals(0, a.call("debug.log", MEM, 1), "disabled: nothing is read");
        assertEquals(0, a.call("debug.store_artifact", MEM, 1, MEM, 1));
    }

    @Test
    void everySyscallIsBoundForEveryLine() {
        for (int nv : new int[] {17, 18, 21}) {
            TestActor a = TestActor.create(nv, 1_000_000L);
            for (SyscallAbi.Entry e : a.abi.imports()) {
                assertTrue(a.linked.imports().get(e.module(), e.name()) != null, e.key());
            }
        }
    }
}
