package io.jfvm.runtime.kernel.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.compiler.CompileOptions;
import io.jfvm.compiler.WasmCompiler;
import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.FuncRef;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.instrument.FvmInstrumentation;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.cbor.DagCbor;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.runtime.version.FvmRules;
import io.jfvm.runtime.kernel.crypto.CryptoTestSupport.Ops;
import io.jfvm.syscalls.CryptoOps;
import io.jfvm.syscalls.Kernel;
import io.jfvm.syscalls.SyscallBinder;
import io.jfvm.syscalls.TestSupport;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code crypto.compute_unsealed_sector_cid} and {@code crypto.hash} through the syscall layer (wasm imports bound
 * by {@link SyscallBinder}) to the line's crypto ops: results in actor memory, exact gas including OnSyscall.
 */
class CommDSyscallTest {
    static final int IA = ErrorNumber.ILLEGAL_ARGUMENT.code();
    static final String WAT = """
            (module
              (import "crypto" "compute_unsealed_sector_cid"
                (func $commd (param i32 i64 i32 i32 i32 i32) (result i32)))
              (import "crypto" "hash" (func $hash (param i32 i64 i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (func (export "commd") (param i32 i64 i32 i32 i32 i32) (result i32)
                local.get 0 local.get 1 local.get 2 local.get 3 local.get 4 local.get 5 call $commd)
              (func (export "hash") (param i32 i64 i32 i32 i32 i32) (result i32)
                local.get 0 local.get 1 local.get 2 local.get 3 local.get 4 local.get 5 call $hash))
            """;
    private static final Map<Integer, CompiledModule> MODULES = new ConcurrentHashMap<>();

    /** A kernel whose crypto is {@code ops}; every other kernel operation is unsupported here. */
    static Kernel kernel(Ops o) {
        return (Kernel) Proxy.newProxyInstance(Kernel.class.getClassLoader(), new Class<?>[] {Kernel.class},
                (proxy, m, args) -> {
                    if (m.getDeclaringClass() == CryptoOps.class) {
                        try {
                            return m.invoke(o.ops, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                    return switch (m.getName()) {
                        case "gasTracker" -> o.gas;
                        case "priceList" -> o.prices;
                        case "toString" -> "crypto test kernel";
                        default -> throw new UnsupportedOperationException(m.getName());
                    };
                });
    }

    /** One instance of the test actor linked to a crypto kernel. */
    static final class Actor {
        final Ops o;
        final SyscallBinder.Linked linked;
        final ModuleInstance instance;

        Actor(int nv) {
            o = new Ops(nv, AcceptingProofPolicy.INSTANCE);
            CompiledModule module = MODULES.computeIfAbsent(nv, k -> new WasmCompiler(
                    new CompileOptions(FvmInstrumentation.passes(FvmRules.forNetworkVersion(k).priceList()), true)).compile(TestSupport.wat2wasm(WAT)));
            linked = SyscallBinder.link(kernel(o), FvmRules.forNetworkVersion(nv).syscallAbi());
            instance = SyscallBinder.instantiate(linked, module);
            linked.context().updateGasAvailable();
        }

        byte[] mem() {
            return ((io.jfvm.compiler.rt.Memory) instance.exports().get("memory")).bytes;
        }

        /** The host function directly: no wasm instructions in between, so only host charges are made. */
        int host(String name, Object... args) {
            FuncRef f = (FuncRef) linked.imports().get("crypto", name);
            return (Integer) f.invoke(args)[0];
        }

        int u32(int off) {
            byte[] m = mem();
            return (m[off] & 0xff) | (m[off + 1] & 0xff) << 8 | (m[off + 2] & 0xff) << 16 | (m[off + 3] & 0xff) << 24;
        }

        int put(int off, byte[] b) {
            System.arraycopy(b, 0, mem(), off, b.length);
            return b.length;
        }

        Cid cidAt(int off, int len) {
            return Cid.fromBytes(java.util.Arrays.copyOfRange(mem(), off, off + len));
        }

        List<String> charges() {
            List<String> out = new ArrayList<>();
            for (GasCharge c : o.gas.trace()) {
                out.add(c.name() + "=" + c.totalMilligas() / 1000);
            }
            return out;
        }
    }
    static CborValue piece(long size, String cid) {
        return CborArray.of(CborInt.ofU64(size), new CborLink(Cid.parse(cid)));
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void emptySectorCommD(int nv) {
        Actor a = new Actor(nv);
        byte[] pieces = DagCbor.encode(CborArray.EMPTY);
        a.put(100, pieces);
        // StackedDrg2KiBV1 (0): rust-fil-proofs test_compute_comm_d_empty / lotus-bench
        assertEquals(0, a.host("compute_unsealed_sector_cid", 0, 0L, 100, pieces.length, 200, 100));
        int len = a.u32(0);
        assertEquals("baga6ea4seaqpy7usqklokfx2vxuynmupslkeutzexe2uqurdg5vhtebhxqmpqmy", a.cidAt(200, len).toString());
        assertEquals(List.of("wasm_exec=0", "OnSyscall=14000", "OnComputeUnsealedSectorCid=98647"), a.charges());
        // StackedDrg32GiBV1_1 (8): Forest's empty 32GiB CommD
        assertEquals(0, a.host("compute_unsealed_sector_cid", 0, 8L, 100, pieces.length, 200, 100));
        assertEquals("baga6ea4seaqao7s73y24kcutaosvacpdjgfe5pw76ooefnyqw4ynr3d2y6x2mpq",
                a.cidAt(200, a.u32(0)).toString());
        assertEquals(2 * (14_000 + 98_647), a.o.charged());
    }

    @ParameterizedTest(name = "nv{0}")
    @ValueSource(ints = {17, 18})
    void commDErrors(int nv) {
        Actor a = new Actor(nv);
        byte[] empty = DagCbor.encode(CborArray.EMPTY);
        a.put(100, empty);
        // Synthetic PoRep (10..14) exists from FVM v3 on; 20 never.
        assertEquals(nv == 17 ? IA : 0, a.host("compute_unsealed_sector_cid", 0, 10L, 100, empty.length, 200, 100));
        assertEquals(IA, a.host("compute_unsealed_sector_cid", 0, 20L, 100, empty.length, 200, 100));
        assertEquals(IA, a.host("compute_unsealed_sector_cid", 0, -1L, 100, empty.length, 200, 100));
        long before = a.o.charged();
        assertEquals(3 * 14_000L + (nv == 17 ? 0 : 98_647), before, "no kernel charge for a bad type");

        byte[] badShape = DagCbor.encode(CborArray.of(CborArray.of(CborInt.of(128))));
        a.put(300, badShape);
        assertEquals(IA, a.host("compute_unsealed_sector_cid", 0, 0L, 300, badShape.length, 200, 100));
        assertEquals(before + 14_000, a.o.charged(), "wrong pieces shape: no kernel charge");

        // A CommD-codec CID that is not a piece commitment (wrong multihash) fails after the charge.
        byte[] notPiece = DagCbor.encode(CborArray.of(CborArray.of(CborInt.of(128),
                new CborLink(Cid.of(0xf101, new byte[] {1})))));
        a.put(400, notPiece);
        assertEquals(IA, a.host("compute_unsealed_sector_cid", 0, 0L, 400, notPiece.length, 200, 100));
        assertEquals(before + 2 * 14_000 + 98_647, a.o.charged());
        // A piece larger than the sector, and a size that is not a power of two: also after the charge.
        String commP = "baga6ea4seaqpy7usqklokfx2vxuynmupslkeutzexe2uqurdg5vhtebhxqmpqmy";
        for (long size : new long[] {4096, 1000, 0}) {
            byte[] p = DagCbor.encode(CborArray.of(piece(size, commP)));
            a.put(500, p);
            assertEquals(IA, a.host("compute_unsealed_sector_cid", 0, 0L, 500, p.length, 200, 100), "size " + size);
        }
        assertEquals(before + 5 * 14_000 + 4 * 98_647, a.o.charged());
    }

    /** A real mainnet sector (f01392893:139074, 10 deals) from go-commp-utils, via ../shared. */
    @Test
    void mainnetSectorCommD() throws IOException {
        Path shared = Path.of(System.getProperty("jfvm.shared", "../../shared"));
        Path file = shared.resolve("proof-params/test-vectors/commd-vectors.json");
        assumeTrue(Files.isRegularFile(file), "shared CommD vectors not found at " + file + ": skipping");
        JsonNode sector = new ObjectMapper().readTree(file.toFile()).get("mainnet_sector");
        List<CborValue> pieces = new ArrayList<>();
        for (JsonNode p : sector.get("pieces_in_order")) {
            pieces.add(piece(p.get("padded_size").asLong(), p.get("cid").asText()));
        }
        String expected = sector.get("expected_unsealed_cid").asText();
        assertEquals("baga6ea4seaqiw3gbmstmexb7sqwkc5r23o3i7zcyx5kr76pfobpykes3af62kca", expected);
        Actor a = new Actor(18);
        byte[] enc = DagCbor.encode(new CborArray(pieces));
        a.put(1000, enc);
        assertEquals(0, a.host("compute_unsealed_sector_cid", 0, 8L, 1000, enc.length, 200, 100));
        assertEquals(expected, a.cidAt(200, a.u32(0)).toString());
        assertEquals(14_000 + 98_647, a.o.charged());
    }

    @Test
    void hashThroughTheSyscallLayer() {
        Actor a = new Actor(18);
        int n = a.put(100, "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0, a.host("hash", 0, 0x12L, 100, n, 200, 32));
        assertEquals(32, a.u32(0));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                CryptoTestSupport.hex(java.util.Arrays.copyOfRange(a.mem(), 200, 232)));
        assertEquals(List.of("wasm_exec=0", "OnSyscall=14000", "OnHashing=21"), a.charges());
        assertEquals(IA, a.host("hash", 0, 0x13L, 100, n, 200, 32));
        assertEquals(2 * 14_000 + 21, a.o.charged(), "v3: unknown code, no OnHashing");

        Actor v2 = new Actor(17);
        v2.put(100, "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0, v2.host("hash", 0, 0x1bL, 100, n, 200, 8));
        assertEquals(8, v2.u32(0), "truncated to the buffer");
        assertEquals(IA, v2.host("hash", 0, 0x13L, 100, n, 200, 32));
        assertEquals(2 * (14_000 + 31_355), v2.o.charged(), "v2: flat OnHashing, even for an unknown code");
    }
}
