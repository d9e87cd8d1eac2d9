package io.jfvm.syscalls;

import io.jfvm.gas.GasTracker;
import io.jfvm.gas.OutOfGasException;

/**
 * What the syscalls need from the machine for one actor invocation (ref-fvm's {@code Kernel} trait and its
 * *Ops sub-traits). One kernel serves one invocation of one actor; the syscall layer ({@link SyscallBinder})
 * does the ABI work (memory bounds, parsing CIDs and addresses out of memory, packed results, the
 * {@code OnSyscall} charge and the gas hand-off) and calls these methods in the order ref-fvm does.
 *
 * <p>Error discipline for implementations:
 * <ul>
 *   <li>an error the actor observes as a syscall error number: throw {@link SyscallException};</li>
 *   <li>running out of gas: let {@link OutOfGasException} from {@link GasTracker} propagate;</li>
 *   <li>a broken invariant (missing block in the store, extern failure, …): throw {@link Abort.Fatal}.</li>
 * </ul>
 * Kernel methods charge their own gas (everything except {@code OnSyscall} and the wasm exec charges), exactly
 * as the version's kernel does. A single FVM line's semantics apply per kernel: a v2 kernel implements the v2
 * rules (e.g. any stored CID opens, DAG-CBOR only), a v3 kernel the v3 rules.
 */
public interface Kernel extends GasOps, IpldOps, SelfOps, ActorOps, MessageOps, NetworkOps, RandomnessOps,
        SendOps, CryptoOps, EventOps, DebugOps {
}
