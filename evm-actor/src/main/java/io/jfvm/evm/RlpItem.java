package io.jfvm.evm;

/** A decoded or to-be-encoded RLP item: a byte string or a list of items. */
public sealed interface RlpItem permits RlpString, RlpList {
    /** Where the item's prefix byte sits in the input it was decoded from; -1 for an item built in code. */
    int offset();

    /** A short name of the kind for error messages. */
    String kind();
}
