package io.jfvm.runtime.kernel;

import static io.jfvm.runtime.kernel.EngineActorCodeRunnerTest.hexEscaped;
import static io.jfvm.runtime.kernel.EngineActorCodeRunnerTest.module;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.gas.price.WatermelonPriceList;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborInt;
import io.jfvm.ipld.cbor.CborLink;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.executor.ApplyKind;
import io.jfvm.runtime.executor.ApplyRet;
import io.jfvm.runtime.executor.Executor;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.testing.SmallState;
import io.jfvm.syscalls.TestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel of FVM v4 through WAT actors on a small nv21 state over the v12 bundle ({@code fvm-v4-deltas.md}
 * §5–8): IPLD reachability and its charges, {@code root}/{@code set_root}, events, self-destruct, randomness. Every
 * amount comes from the WATERMELON price list; the figures of one open are also worked out by hand.
 */
class KernelV4Test {
    static final long ACTOR_ID = 200;
    static final long GAS_LIMIT = 10_000_000_000L;
    static final WatermelonPriceList P = PriceLists.WATERMELON;
    static final String EXIT = "(import \"vm\" \"exit\" (func $exit (param i32 i32 i32 i32) (result i32)))\n";
    /** {@code $check(errno, code)}: exit with {@code code} unless the syscall returned 0. */
    static final String CHECK = "(func $check (param i32 i32) local.get 0 if local.get 1 i32.const 0 i32.const 0 "
            + "i32.const 0 call $exit drop end)\n";
    /** Exit with 16 + the error number on the stack. */
    static final String EXIT_WITH_ERRNO = " i32.const 16 i32.add i32.const 0 i32.const 0 i32.const 0 call $exit";

    /** A state with the actor under test, its state root and a block linked from it. */
    static final class Setup {
        final SmallState state = SmallState.create(21);
        final Cid raw = state.store.put(Multicodec.RAW, "hello".getBytes(StandardCharsets.UTF_8));
        final Cid root = state.store.putCbor(CborArray.of(CborInt.of(1), new CborLink(raw)));
        final Cid unreachable = state.store.put(Multicodec.RAW, "not linked".getBytes(StandardCharsets.UTF_8));

        ApplyRet run(String wat, TokenAmount balance) {
            Cid code = state.store.put(Multicodec.RAW, TestSupport.wat2wasm(wat));
            state.tree.setActor(ACTOR_ID, new ActorState(code, root, 0, balance, null));
            Machine machine = state.machine(true);
            Message m = new Message(0, Address.id(ACTOR_ID), state.sender, 0, TokenAmount.ZERO, GAS_LIMIT,
                    TokenAmount.ofAtto(100), TokenAmount.ofAtto(1), 2, new byte[0]);
            Executor executor = new Executor(machine, SmallState.runner());
            ApplyRet r = executor.execute(m, ApplyKind.EXPLICIT, m.encode().length + 69);
            lastMachine = machine;
            return r;
        }

        Machine lastMachine;

        String data(int at, Cid cid) {
            return "(data (i32.const " + at + ") \"" + hexEscaped(cid.toBytes()) + "\")\n";
        }
    }

    static List<GasCharge> named(ApplyRet r, String name) {
        return r.gasTrace().stream().filter(c -> c.name().equals(name)).toList();
    }

    static String failure(ApplyRet r) {
        return "exit " + r.receipt().exitCode() + ": " + r.failureInfo();
    }

    @Test
    void onlyReachableBlocksOpenAndEveryStepIsPriced() {
        Setup s = new Setup();
        String wat = module(EXIT
                + "(import \"self\" \"root\" (func $root (param i32 i32 i32) (result i32)))\n"
                + "(import \"ipld\" \"block_open\" (func $open (param i32 i32) (result i32)))",
                s.data(1000, s.raw) + s.data(2000, s.unreachable) + CHECK
                + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 0 i32.const 100 i32.const 100 call $root drop\n"
                + "  i32.const 0 i32.const 100 call $open i32.const 90 call $check\n"
                + "  i32.const 0 i32.const 1000 call $open i32.const 91 call $check\n"
                + "  i32.const 0 i32.const 2000 call $open" + EXIT_WITH_ERRNO + ")");
        ApplyRet r = s.run(wat, TokenAmount.ZERO);
        assertEquals(16 + 6, r.receipt().exitCode(), () -> "the unreachable block is NotFound; " + failure(r));
        assertEquals(List.of(P.onGetRoot()), named(r, "OnActorGetRoot"));
        assertEquals(3, named(r, "OnBlockOpenBase").size(), "charged before the reachability check");
        // The state block [1, <raw cid>]: 45 bytes (array 1, int 1, tag 2, bytes header 2, 0x00 + 38-byte CID);
        // the scan reads 3 items and 1 CID: 3 × 35 + 400 = 505 gas; opening it costs
        // max(10 × 45, 2.4 × 45 + 300 × 1) = max(450, 408) = 450 gas. The raw block has no links: a scan of 0.
        List<GasCharge> scans = named(r, "OnScanIpldLinks");
        assertEquals(2, scans.size());
        assertEquals(Gas.of(505), scans.get(0).totalMilligas());
        assertEquals(0, scans.get(1).totalMilligas());
        List<GasCharge> opens = named(r, "OnBlockOpen");
        assertEquals(Gas.of(450), opens.get(0).totalMilligas());
        assertEquals(P.onBlockOpen(45, 1), opens.get(0));
        assertEquals(P.onBlockOpen(5, 0), opens.get(1));
    }

    @Test
    void createdBlocksMayOnlyLinkToReachableBlocks() {
        Setup s = new Setup();
        byte[] linking = io.jfvm.ipld.cbor.DagCbor.encode(CborArray.of(new CborLink(s.unreachable)));
        String wat = module(EXIT + "(import \"ipld\" \"block_create\" (func $create (param i32 i64 i32 i32) (result i32)))",
                "(data (i32.const 1000) \"" + hexEscaped(linking) + "\")\n"
                + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 0 i64.const 0x70 i32.const 1000 i32.const " + linking.length
                + " call $create i32.const 9 i32.ne if i32.const 99 i32.const 0 i32.const 0 i32.const 0 call $exit drop"
                + " end\n"
                + "  i32.const 0 i64.const 0x71 i32.const 1000 i32.const " + linking.length + " call $create"
                + EXIT_WITH_ERRNO + ")");
        ApplyRet r = s.run(wat, TokenAmount.ZERO);
        assertEquals(16 + 6, r.receipt().exitCode(), () -> failure(r));
        // DAG-PB is IllegalCodec before any scan; the DAG-CBOR block is scanned (2 items, 1 CID: 470 gas) and
        // charged, and only then found to link to an unreachable CID.
        List<GasCharge> scans = named(r, "OnScanIpldLinks");
        assertEquals(1, scans.size());
        assertEquals(Gas.of(2 * 35 + 400), scans.get(0).totalMilligas());
        assertEquals(List.of(P.onBlockCreate(linking.length, 1)), named(r, "OnBlockCreate"));
    }

    @Test
    void setRootNeedsAReachableRoot() {
        Setup s = new Setup();
        String wat = module(EXIT + "(import \"self\" \"set_root\" (func $set (param i32) (result i32)))",
                s.data(2000, s.unreachable) + s.data(3000, s.root)
                + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 2000 call $set" + EXIT_WITH_ERRNO + ")");
        ApplyRet r = s.run(wat, TokenAmount.ZERO);
        assertEquals(16 + 6, r.receipt().exitCode(), () -> failure(r));
        assertEquals(List.of(P.onSetRoot()), named(r, "OnActorSetRoot"), "charged before the check");
    }

    @Test
    void eventsAreChargedOnceAndRooted() {
        Setup s = new Setup();
        // One entry: flags 3, codec 0x55, key "t1", a 32-byte value; header at 0, key at 100, value at 200.
        String wat = module(EXIT + "(import \"event\" \"emit_event\" "
                + "(func $emit (param i32 i32 i32 i32 i32 i32) (result i32)))",
                "(data (i32.const 0) \"\\03\\00\\00\\00\\00\\00\\00\\00\\55\\00\\00\\00\\00\\00\\00\\00"
                + "\\02\\00\\00\\00\\20\\00\\00\\00\")\n(data (i32.const 100) \"t1\")\n" + CHECK
                + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 0 i32.const 1 i32.const 100 i32.const 2 i32.const 200 i32.const 32 call $emit"
                + " i32.const 90 call $check\n"
                + "  i32.const 0 i32.const 1 i32.const 100 i32.const 1 i32.const 200 i32.const 32 call $emit"
                + EXIT_WITH_ERRNO + ")");
        ApplyRet r = s.run(wat, TokenAmount.ZERO);
        // The second event's header says 2 key bytes where the buffer has 1: IllegalArgument, and the message fails,
        // so its events are dropped with it.
        assertEquals(16 + 1, r.receipt().exitCode(), () -> failure(r));
        // est = 12 + 9 + 2 + 32 = 55: 17.2 × 55 + 2,500 + 1,400 + 16 × 2 = 4,878 gas.
        List<GasCharge> events = named(r, "OnActorEvent");
        assertEquals(2, events.size());
        assertEquals(4_878_000, events.get(0).totalMilligas());
        assertEquals(P.onActorEvent(1, 1, 32), events.get(1), "charged before the entry is validated");
        assertEquals(null, r.receipt().eventsRoot());
    }

    @Test
    void anEmittedEventGivesAnEventsRoot() {
        Setup s = new Setup();
        String wat = module("(import \"event\" \"emit_event\" (func $emit (param i32 i32 i32 i32 i32 i32) (result i32)))",
                "(data (i32.const 0) \"\\03\\00\\00\\00\\00\\00\\00\\00\\51\\00\\00\\00\\00\\00\\00\\00"
                + "\\01\\00\\00\\00\\01\\00\\00\\00\")\n(data (i32.const 100) \"k\")\n(data (i32.const 200) \"\\01\")\n"
                + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 0 i32.const 1 i32.const 100 i32.const 1 i32.const 200 i32.const 1 call $emit)");
        ApplyRet r = s.run(wat, TokenAmount.ZERO);
        assertEquals(ExitCode.OK, r.receipt().exitCode(), () -> "a CBOR-codec value is accepted: " + failure(r));
        assertNotNull(r.receipt().eventsRoot());
    }

    @Test
    void selfDestructBurnsOrRefuses() {
        String wat = module(EXIT + "(import \"self\" \"self_destruct\" (func $destruct (param i32) (result i32)))",
                CHECK + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 0 call $destruct i32.const 2 i32.ne if i32.const 99 i32.const 0 i32.const 0 i32.const 0 "
                + "call $exit drop end\n"
                + "  i32.const 1 call $destruct i32.const 91 call $check i32.const 0)");
        Setup s = new Setup();
        ApplyRet r = s.run(wat, TokenAmount.ofAtto(1234));
        assertEquals(ExitCode.OK, r.receipt().exitCode(), () -> failure(r));
        assertTrue(s.lastMachine.stateTree().getActor(ACTOR_ID).isEmpty(), "the actor is deleted");
        TokenAmount burnt = s.lastMachine.stateTree().getActor(99).orElseThrow().balance();
        assertTrue(burnt.compareTo(TokenAmount.ofAtto(1234)) >= 0, "the balance went to f099: " + burnt);
    }

    @Test
    void randomnessIsPricedByLookbackAndAFutureRoundRunsOutOfGas() {
        String imp = EXIT + "(import \"rand\" \"get_chain_randomness\" (func $rand (param i32 i64) (result i32)))";
        Setup s = new Setup();
        long epoch = 2_700_000;
        ApplyRet r = s.run(module(imp, CHECK + "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 0 i64.const " + (epoch - 10) + " call $rand i32.const 90 call $check i32.const 0)"),
                TokenAmount.ZERO);
        assertEquals(ExitCode.OK, r.receipt().exitCode(), () -> failure(r));
        // 146,200 + 75 × 10.
        assertEquals(List.of(GasCharge.other("OnGetRandomness", Gas.of(146_950))), named(r, "OnGetRandomness"));
        ApplyRet future = new Setup().run(module(imp, "(func (export \"invoke\") (param i32) (result i32)\n"
                + "  i32.const 0 i64.const " + (epoch + 1) + " call $rand)"), TokenAmount.ZERO);
        assertEquals(ExitCode.SYS_OUT_OF_GAS, future.receipt().exitCode(), () -> failure(future));
        assertEquals(GAS_LIMIT, future.receipt().gasUsed());
    }
}
