package io.jfvm.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.compiler.rt.CompiledModule;
import io.jfvm.compiler.rt.ModuleInstance;
import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.Block;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.car.CarReader;
import io.jfvm.ipld.types.ExitCode;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real account actor of each bundle, instrumented, compiled, linked to the syscalls and invoked against
 * {@link TestKernel} with an unknown method number: it reads its context through the syscalls and exits with
 * USR_UNHANDLED_MESSAGE (22), as the builtin actors do.
 */
class RealActorTest {
    @ParameterizedTest(name = "{0} account actor")
    @CsvSource({
        "v9-mainnet.car, 17, bafk2bzacect2p7urje3pylrrrjy3tngn6yaih4gtzauuatf2jllk3ksgfiw2y",
        "v10-mainnet.car, 18, bafk2bzaceampw4romta75hyz5p4cqriypmpbgnkxncgxgqn6zptv5lsp2w2bo"})
    void accountActorRejectsUnknownMethod(String bundle, int nv, String codeCid) throws Exception {
        byte[] wasm = null;
        Cid want = Cid.parse(codeCid);
        try (InputStream in = Files.newInputStream(TestSupport.shared().resolve("bundles").resolve(bundle));
                CarReader reader = CarReader.open(in)) {
            Block b;
            while ((b = reader.next()) != null) {
                if (b.cid().equals(want)) {
                    wasm = b.data();
                    break;
                }
            }
        }
        assertNotNull(wasm, "account actor code " + codeCid + " not in " + bundle);
        CompiledModule module = TestSupport.compileFvm(wasm, nv);
        SyscallAbi abi = TestSupport.abi(nv);
        TestKernel kernel = new TestKernel(nv, 10_000_000_000L);

        abi.chargeForInit(kernel, module.shape());
        SyscallBinder.Linked linked = SyscallBinder.link(kernel, abi);
        ModuleInstance instance = SyscallBinder.instantiate(linked, module);
        linked.context().updateGasAvailable();
        Throwable thrown = null;
        try {
            instance.function("invoke").invoke(0);
        } catch (RuntimeException e) {
            thrown = e;
        }
        RuntimeException abort = ExitCodes.afterInvoke(linked.context(), thrown);
        assertNotNull(abort, "the account actor must abort on method 105");
        assertInstanceOf(ActorExit.class, abort, () -> "got " + abort);
        assertEquals(ExitCode.USR_UNHANDLED_MESSAGE, ExitCodes.exitCode(abort), abort.getMessage());

        List<GasCharge> trace = kernel.tracker.trace();
        long syscalls = trace.stream().filter(c -> c.name().equals("OnSyscall")).count();
        assertTrue(syscalls >= 2, "context read and exit are syscalls: " + trace);
        boolean memoryInit = trace.stream().anyMatch(c -> c.name().equals("wasm_memory_init"));
        assertEquals(abi == SyscallAbiV3.INSTANCE, memoryInit, "wasm_memory_init is a v3 charge");
        if (memoryInit) {
            long pages = module.shape().memoryType(0).limits().min();
            assertEquals(17, pages, "builtin actors v10 start with 17 pages");
            assertEquals(pages * 26_214_400L, trace.stream().filter(c -> c.name().equals("wasm_memory_init"))
                    .findFirst().orElseThrow().totalMilligas(), "0.4 gas per byte of initial memory");
        }
        System.out.printf("%s account actor: exit %d (%s), %d syscalls, gas used %d%n", bundle,
                ExitCodes.exitCode(abort), abort.getMessage(), syscalls, kernel.tracker.receiptGasUsed());
    }
}
