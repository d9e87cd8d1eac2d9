package io.jfvm.gas.instrument;

import io.jfvm.compiler.ir.ValType;
import java.util.List;

/**
 * How a function's locals enter its stack cost. 0.2.0 counts declared locals; 0.4.0 counts local declaration
 * groups ({@code LocalsReader::get_count}). Parameters are excluded in both.
 *
 * <p>jfvm's IR keeps locals as a flat list, so groups are reconstructed as runs of equal consecutive types, which
 * is how LLVM, wasm-encoder, binaryen and jfvm's own encoder declare them. A producer that splits a run into
 * several groups (or declares empty groups) would get a different 0.4.0 stack cost than the FVM computes; that
 * changes only where a deep recursion hits the stack limit, never the gas charged.
 */
final class LocalCounting {
    private LocalCounting() {}

    static long count(List<ValType> locals, InstrumentVersion version) {
        if (version == InstrumentVersion.V0_2_0) {
            return locals.size();
        }
        long groups = 0;
        ValType previous = null;
        for (ValType t : locals) {
            if (t != previous) {
                groups++;
                previous = t;
            }
        }
        return groups;
    }
}
