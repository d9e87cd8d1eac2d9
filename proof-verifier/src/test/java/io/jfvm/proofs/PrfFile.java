package io.jfvm.proofs;

import io.jfvm.proofs.groth16.Proof;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fil-blst test files (proof-params/README.md): batch files hold u64 BE proof count, u64 BE
 * input count, the .vk bytes, then per proof 192 bytes and the inputs as 32-byte BIG-endian Fr;
 * winning32.prf holds the proof, u64 BE n, n inputs, then the .vk bytes to EOF.
 */
final class PrfFile {
    final byte[] vkBytes;
    final List<byte[]> proofBytes = new ArrayList<>();
    final List<List<BigInteger>> inputs = new ArrayList<>();

    private PrfFile(byte[] vkBytes) {
        this.vkBytes = vkBytes;
    }

    static PrfFile batch(byte[] f) {
        ByteBuffer bb = ByteBuffer.wrap(f);
        int np = (int) bb.getLong(0);
        int ni = (int) bb.getLong(8);
        int vkLen = (ni + 1) * 96 + 4 + 3 * 96 + 3 * 192;
        PrfFile out = new PrfFile(Arrays.copyOfRange(f, 16, 16 + vkLen));
        int off = 16 + vkLen;
        for (int j = 0; j < np; j++) {
            out.proofBytes.add(Arrays.copyOfRange(f, off, off + Proof.SIZE));
            off += Proof.SIZE;
            out.inputs.add(readInputs(f, off, ni));
            off += 32 * ni;
        }
        if (off != f.length) {
            throw new IllegalStateException("trailing bytes in .prf file");
        }
        return out;
    }

    static PrfFile single(byte[] f) {
        int n = (int) ByteBuffer.wrap(f).getLong(Proof.SIZE);
        int inputsOff = Proof.SIZE + 8;
        PrfFile out = new PrfFile(Arrays.copyOfRange(f, inputsOff + 32 * n, f.length));
        out.proofBytes.add(Arrays.copyOfRange(f, 0, Proof.SIZE));
        out.inputs.add(readInputs(f, inputsOff, n));
        return out;
    }

    private static List<BigInteger> readInputs(byte[] f, int off, int n) {
        List<BigInteger> x = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x.add(new BigInteger(1, Arrays.copyOfRange(f, off + 32 * i, off + 32 * i + 32)));
        }
        return x;
    }
}
