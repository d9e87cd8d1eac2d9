package io.jfvm.runtime.genesis;

import java.util.Arrays;

/**
 * A hand-assembled EVM contract: its init code stores {@value #STORED} in storage slot 0 and returns the runtime
 * code, which answers every call with that slot as one 32-byte word. Opcodes as in the Ethereum yellow paper,
 * appendix H; the EVM actor of builtin-actors v10 and later runs all of them.
 */
final class StoreAndReturnContract {
    static final int STORED = 42;

    /** Runs on every call: returns {@code sload(0)} as a 32-byte word. 11 bytes. */
    static final byte[] RUNTIME_CODE = bytes(
            0x60, 0x00, // PUSH1 0      the storage slot
            0x54,       // SLOAD        stack: [value of slot 0]
            0x60, 0x00, // PUSH1 0      the memory offset to put it at
            0x52,       // MSTORE       memory[0..32) = value (big-endian word)
            0x60, 0x20, // PUSH1 32     the return data size
            0x60, 0x00, // PUSH1 0      the return data offset
            0xf3);      // RETURN       return memory[0..32)

    /** Offset of the runtime code inside the init code: the length of the 17 bytes of instructions before it. */
    static final int RUNTIME_OFFSET = 17;

    /** Runs once, at deployment: stores the value, then returns the runtime code as the contract's code. */
    static final byte[] INIT_CODE = concat(bytes(
            0x60, STORED,                // PUSH1 42     the value
            0x60, 0x00,                  // PUSH1 0      the storage slot
            0x55,                        // SSTORE       storage[0] = 42 (pops slot, then value)
            0x60, RUNTIME_CODE.length,   // PUSH1 11     CODECOPY's size
            0x60, RUNTIME_OFFSET,        // PUSH1 17     CODECOPY's code offset: where the runtime code starts
            0x60, 0x00,                  // PUSH1 0      CODECOPY's memory offset
            0x39,                        // CODECOPY     memory[0..11) = code[17..28)
            0x60, RUNTIME_CODE.length,   // PUSH1 11     the return data size
            0x60, 0x00,                  // PUSH1 0      the return data offset
            0xf3),                       // RETURN       return memory[0..11): the runtime code
            RUNTIME_CODE);

    private StoreAndReturnContract() {}

    /** What a call returns: the stored value as a big-endian 32-byte word. */
    static byte[] returnedWord() {
        byte[] word = new byte[32];
        word[31] = STORED;
        return word;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
