/**
 * The FVM actor ABI for FVM v2 (network versions 15–17, actors v8/v9) and FVM v3 (18–20, actors v10/v11).
 *
 * <ul>
 *   <li>{@link io.jfvm.syscalls.ImportTable}: every syscall import of each line — module, name, exact wasm
 *       signature — as ref-fvm's {@code bind_syscalls} links them ({@code fvm@v2.12.1}, {@code fvm@v3.14.1}).
 *       A test checks that every import of the shared v9 and v10 bundles is bound with its signature.</li>
 *   <li>{@link io.jfvm.syscalls.SyscallBinder}: turns the table into method handles with primitive JVM types,
 *       bound to a per-instance {@link io.jfvm.syscalls.SyscallContext}; jfvm links them as
 *       {@link io.jfvm.compiler.rt.Imports}, other engines adapt them to their host functions. The instance is
 *       seen through {@link io.jfvm.syscalls.InstanceAccess} (memory and gas counter), whatever engine runs it.</li>
 *   <li>{@link io.jfvm.syscalls.SyscallContext}: the gas hand-off ({@code charge_for_exec},
 *       {@code OnSyscall}, {@code update_gas_available}, the early-return quirk, v3 {@code charge_for_init}).</li>
 *   <li>{@link io.jfvm.syscalls.ActorMemory}: bounds checks (IllegalArgument, never a JVM exception), CID and
 *       address parsing, packed little-endian result structs.</li>
 *   <li>{@link io.jfvm.syscalls.Kernel}: what the syscalls call (implemented by the runtime's default kernel);
 *       errors are {@link io.jfvm.syscalls.SyscallException} (an error number for the actor),
 *       {@link io.jfvm.gas.OutOfGasException}, or {@link io.jfvm.syscalls.Abort} (exit, out of gas, fatal).</li>
 *   <li>{@link io.jfvm.syscalls.ExitCodes}: traps, aborts and everything else mapped to exit codes for the call
 *       manager.</li>
 * </ul>
 */
package io.jfvm.syscalls;
