package io.jfvm.syscalls;

/**
 * What the syscalls need from the machine for one actor invocation (ref-fvm's {@code Kernel} trait and its *Ops
 * sub-traits). One kernel serves one invocation of one actor; the syscall layer does the ABI work (memory bounds,
 * parsing CIDs and addresses out of memory, packed results, the {@code OnSyscall} charge and the gas hand-off) and
 * calls these methods in the order ref-fvm does.
 *
 * <p>The interface is the union of every FVM line's operations; each line's kernel implements those its
 * {@link SyscallAbi} links (a syscall a line does not link is never called on its kernel).
 *
 * <p>Errors are the machine's one hierarchy ({@link io.jfvm.ipld.types.ExecutionError}):
 * <ul>
 *   <li>an error the actor observes as an error number: {@link io.jfvm.ipld.types.SyscallError};</li>
 *   <li>running out of gas: {@link io.jfvm.ipld.types.OutOfGas}, from the gas tracker;</li>
 *   <li>a broken invariant (missing block in the store, extern failure, …): {@link io.jfvm.ipld.types.Fatal}.</li>
 * </ul>
 * Kernel methods charge their own gas (everything except {@code OnSyscall} and the wasm exec charges), exactly as
 * their line's kernel does.
 */
public interface Kernel extends GasOps, IpldOps, SelfOps, ActorOps, MessageOps, NetworkOps, RandomnessOps,
        SendOps, CryptoOps, EventOps, DebugOps {
}
