/**
 * The FVM actor ABI, per line: FVM v2 (nv16–17, actors v8/v9) and FVM v3 (nv18–20, actors v10/v11).
 *
 * <ul>
 *   <li>{@link io.jfvm.syscalls.SyscallAbi}, one subclass per line: every syscall import the line links — module,
 *       name, exact wasm signature, implementing method — as ref-fvm's {@code bind_syscalls} links them, and the
 *       line's gas hand-off ({@code charge_for_exec}, {@code charge_for_init}). A test checks that every import of
 *       the shared bundles is bound with its signature.</li>
 *   <li>The syscall bodies, one class per namespace ({@code VmSyscalls}, {@code IpldSyscalls}, …), each a few lines
 *       inside the one frame of {@link io.jfvm.syscalls.SyscallContext} ({@code OnSyscall}, the ret-pointer check,
 *       error numbers, {@code update_gas_available}).</li>
 *   <li>{@link io.jfvm.syscalls.SyscallBinder}: turns a line's table into method handles with primitive JVM types,
 *       bound to a per-instance context; jfvm links them as {@link io.jfvm.compiler.rt.Imports}, other engines adapt
 *       them to their host functions. The instance is seen through {@link io.jfvm.syscalls.InstanceAccess}.</li>
 *   <li>{@link io.jfvm.syscalls.ActorMemory}: bounds checks (IllegalArgument, never a JVM exception), CID and
 *       address parsing, packed little-endian result structs.</li>
 *   <li>{@link io.jfvm.syscalls.Kernel}: what the syscalls call (implemented by the runtime's kernels); errors are
 *       the machine's one hierarchy, {@link io.jfvm.ipld.types.ExecutionError}, and an actor ends itself with
 *       {@link io.jfvm.syscalls.ActorExit}.</li>
 *   <li>{@link io.jfvm.syscalls.ExitCodes}: traps, exits and everything else mapped to how an invocation ends.</li>
 * </ul>
 */
package io.jfvm.syscalls;
