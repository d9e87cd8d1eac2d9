package io.jfvm.proofs.commd;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * compute_unsealed_sector_cid: the data commitment (CommD) of a sector from its pieces, as
 * rust-fil-proofs {@code compute_comm_d} and ref-fvm compute it.
 *
 * <p>Pieces are leaves of a binary SHA-256-trunc254 Merkle tree over the padded sector. Between
 * pieces, zero pieces are inserted so that each piece starts at a multiple of its own size; the
 * tail is filled with zero pieces up to the sector size; the tree is then folded with a stack.
 */
public final class CommD {
    private CommD() {
    }

    /** A piece: padded size (a power of two, ≥ 128) and its 32-byte commitment (CommP). */
    public record Piece(long paddedSize, byte[] commitment) {
        public Piece {
            if (commitment.length != 32) {
                throw new IllegalArgumentException("piece commitment must be 32 bytes");
            }
        }
    }

    private static final byte[][] ZERO = new byte[64][];

    static {
        ZERO[5] = new byte[32];
        for (int i = 6; i < 64; i++) {
            ZERO[i] = hash(ZERO[i - 1], ZERO[i - 1]);
        }
    }

    /** The commitment of an all-zero piece of the given padded size (a power of two ≥ 32). */
    public static byte[] zeroCommitment(long paddedSize) {
        requirePowerOfTwo(paddedSize, 32);
        return ZERO[Long.numberOfTrailingZeros(paddedSize)].clone();
    }

    /** SHA-256 of left ‖ right with the two top bits cleared, so the result is a valid Fr. */
    static byte[] hash(byte[] left, byte[] right) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(left);
            sha.update(right);
            byte[] out = sha.digest();
            out[31] &= 0x3f;
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CommD of a sector of {@code sectorSize} bytes containing {@code pieces} in order. */
    public static byte[] compute(long sectorSize, List<Piece> pieces) {
        requirePowerOfTwo(sectorSize, 128);
        if (pieces.isEmpty()) {
            return zeroCommitment(sectorSize);
        }
        long unpadded = sectorSize / 128 * 127;
        if (pieces.size() > unpadded / 127) {
            throw new IllegalArgumentException("too many pieces for a sector of " + sectorSize + " bytes");
        }
        List<Piece> all = new ArrayList<>();
        long sum = 0;
        for (Piece p : pieces) {
            requirePowerOfTwo(p.paddedSize(), 128);
            long padding = -sum & (p.paddedSize() - 1);
            addZeroPadding(all, padding);
            all.add(p);
            sum += padding + p.paddedSize();
            if (Long.compareUnsigned(sum, sectorSize) > 0 || sum <= 0) {
                throw new IllegalArgumentException("pieces (" + sum + " bytes with alignment) exceed the sector size " + sectorSize);
            }
        }
        addZeroPadding(all, sectorSize - sum);
        return fold(all);
    }

    /** Zero pieces for each set bit of {@code toFill}, lowest first (as ref-fvm's padding does). */
    private static void addZeroPadding(List<Piece> out, long toFill) {
        while (toFill != 0) {
            long bit = Long.lowestOneBit(toFill);
            out.add(new Piece(bit, zeroCommitment(bit)));
            toFill &= ~bit;
        }
    }

    private static byte[] fold(List<Piece> pieces) {
        Deque<Piece> stack = new ArrayDeque<>();
        stack.push(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            while (stack.peek().paddedSize() < p.paddedSize()) {
                stack.push(new Piece(stack.peek().paddedSize(), zeroCommitment(stack.peek().paddedSize())));
                reduce(stack);
            }
            stack.push(p);
            reduce(stack);
        }
        while (stack.size() > 1) {
            stack.push(new Piece(stack.peek().paddedSize(), zeroCommitment(stack.peek().paddedSize())));
            reduce(stack);
        }
        return stack.pop().commitment().clone();
    }

    private static void reduce(Deque<Piece> stack) {
        while (stack.size() > 1) {
            Piece right = stack.pop();
            Piece left = stack.peek();
            if (left.paddedSize() != right.paddedSize()) {
                stack.push(right);
                return;
            }
            stack.pop();
            stack.push(new Piece(left.paddedSize() * 2, hash(left.commitment(), right.commitment())));
        }
    }

    private static void requirePowerOfTwo(long size, long min) {
        if (size < min || Long.bitCount(size) != 1) {
            throw new IllegalArgumentException("size " + size + " is not a power of two ≥ " + min);
        }
    }
}
