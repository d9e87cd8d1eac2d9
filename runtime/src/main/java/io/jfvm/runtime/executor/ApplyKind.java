package io.jfvm.runtime.executor;

/** How a message is applied: an on-chain (explicit) message pays inclusion and fees; an implicit (system) one does not. */
public enum ApplyKind {
    EXPLICIT,
    IMPLICIT
}
