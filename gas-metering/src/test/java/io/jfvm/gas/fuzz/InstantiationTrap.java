package io.jfvm.gas.fuzz;

import io.jfvm.compiler.rt.TrapKind;

/** Instantiation trapped (an active segment out of bounds, a trapping start function): an outcome to compare. */
final class InstantiationTrap extends RuntimeException {
    final TrapKind kind;

    InstantiationTrap(TrapKind kind) {
        super(kind.message, null, false, false);
        this.kind = kind;
    }
}
