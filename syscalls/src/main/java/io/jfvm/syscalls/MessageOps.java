package io.jfvm.syscalls;


/** {@code vm.message_context} (v3) and the message half of v2 {@code vm.context}. */
public interface MessageOps {
    MessageContext messageContext();
}
