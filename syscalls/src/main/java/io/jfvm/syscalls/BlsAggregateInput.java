package io.jfvm.syscalls;

import io.jfvm.ipld.types.SyscallError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inputs of a v4 {@code crypto.verify_bls_aggregate}, bounds-checked as ref-fvm's syscall checks them
 * ({@code fvm/src/syscalls/crypto.rs}) but read out of actor memory only when the kernel asks, after it charged: an
 * actor may name up to memory's size in keys, far more than any gas limit pays for.
 *
 * <p>The syscall checks, each failure IllegalArgument: {@code n × 48} fits a u32; the 96-byte signature, the
 * {@code n} keys and the {@code n} u32 lengths are in bounds; the plaintext buffer of the lengths' u32 sum (which
 * wraps, as in ref-fvm's release build) is in bounds. The kernel then splits the buffer by the lengths:
 * {@link #plaintexts()}.
 */
public final class BlsAggregateInput {
    static final int SIG_LEN = 96;
    static final int PUB_LEN = 48;

    private final byte[] mem;
    private final int signers;
    private final int sigOff;
    private final int keysOff;
    private final int plaintextsOff;
    private final int plaintextsLen;
    private final int lensOff;

    private BlsAggregateInput(byte[] mem, int signers, int sigOff, int keysOff, int plaintextsOff,
                              int plaintextsLen, int lensOff) {
        this.mem = mem;
        this.signers = signers;
        this.sigOff = sigOff;
        this.keysOff = keysOff;
        this.plaintextsOff = plaintextsOff;
        this.plaintextsLen = plaintextsLen;
        this.lensOff = lensOff;
    }

    static BlsAggregateInput read(byte[] mem, int n, int sigOff, int keysOff, int plaintextsOff, int lensOff) {
        long keysLen = Integer.toUnsignedLong(n) * PUB_LEN;
        if (keysLen > 0xFFFF_FFFFL) {
            throw SyscallError.illegalArgument("number of signatures aggregated (" + Integer.toUnsignedString(n)
                    + ") exceeds limit");
        }
        ActorMemory.checkBounds(mem, sigOff, SIG_LEN);
        ActorMemory.checkBounds(mem, keysOff, (int) keysLen);
        ActorMemory.checkBounds(mem, lensOff, n * 4);
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += ActorMemory.getU32(mem, lensOff + 4 * i);
        }
        ActorMemory.checkBounds(mem, plaintextsOff, sum);
        return new BlsAggregateInput(mem, n, sigOff, keysOff, plaintextsOff, sum, lensOff);
    }

    /** The number of signers (the {@code n} the actor passed; the checks above bound it by memory). */
    public int signers() {
        return signers;
    }

    /** The plaintext buffer's length in bytes. */
    public long plaintextBytes() {
        return Integer.toUnsignedLong(plaintextsLen);
    }

    public byte[] signature() {
        return Arrays.copyOfRange(mem, sigOff, sigOff + SIG_LEN);
    }

    public List<byte[]> publicKeys() {
        List<byte[]> keys = new ArrayList<>(signers);
        for (int i = 0; i < signers; i++) {
            int at = keysOff + i * PUB_LEN;
            keys.add(Arrays.copyOfRange(mem, at, at + PUB_LEN));
        }
        return keys;
    }

    /**
     * The plaintexts, split by the lengths in order ({@code kernel/default.rs verify_bls_aggregate}): a piece
     * beyond the buffer, or pieces that do not cover it exactly, is IllegalArgument.
     */
    public List<byte[]> plaintexts() {
        List<byte[]> out = new ArrayList<>(signers);
        long offset = 0;
        for (int i = 0; i < signers; i++) {
            long len = Integer.toUnsignedLong(ActorMemory.getU32(mem, lensOff + 4 * i));
            long end = offset + len;
            if (end > plaintextBytes()) {
                throw SyscallError.illegalArgument("bls signature plaintext out of bounds");
            }
            out.add(Arrays.copyOfRange(mem, plaintextsOff + (int) offset, plaintextsOff + (int) end));
            offset = end;
        }
        if (offset != plaintextBytes()) {
            throw SyscallError.illegalArgument("plaintexts buffer length doesn't match");
        }
        return out;
    }
}
