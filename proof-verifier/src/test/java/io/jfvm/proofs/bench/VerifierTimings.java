package io.jfvm.proofs.bench;

import io.jfvm.proofs.groth16.Groth16;
import io.jfvm.proofs.groth16.Proof;
import io.jfvm.proofs.groth16.VerifyingKey;
import io.jfvm.proofs.sig.BlsBackend;
import io.jfvm.proofs.sig.BlsBackends;
import io.jfvm.proofs.sig.BlsSignatures;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A stand-in for the JMH suite (which belongs in the jmh/ module): measures the three operations
 * named in issue 7 in thread CPU time, so that other load on the machine does not inflate them, and
 * prints the median of the timed runs (after warm-up runs) so that a stray GC or JIT pause does not.
 * Run: java -cp target/classes:target/test-classes:$BC io.jfvm.proofs.bench.VerifierTimings ../../shared
 */
public final class VerifierTimings {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        BlsBackend bls = BlsBackends.best();
        BlsSignatures signer = new BlsSignatures();
        byte[] sk = new BigInteger("263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3", 16).toByteArray();
        byte[] msg = "timing".getBytes(StandardCharsets.UTF_8);
        byte[] sig = signer.sign(Arrays.copyOfRange(sk, sk.length - 32, sk.length), msg);
        byte[] pk = signer.publicKey(Arrays.copyOfRange(sk, sk.length - 32, sk.length));
        time("BLS verify (1 signer), backend " + bls.name(), 200, () -> bls.verify(sig, pk, msg));

        List<byte[]> pks = new ArrayList<>();
        List<byte[]> msgs = new ArrayList<>();
        List<byte[]> sigs = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            byte[] k = new byte[32];
            k[31] = (byte) i;
            k[0] = 1;
            byte[] m = ("message " + i).getBytes(StandardCharsets.UTF_8);
            pks.add(signer.publicKey(k));
            msgs.add(m);
            sigs.add(signer.sign(k, m));
        }
        byte[] agg = signer.aggregate(sigs);
        time("BLS aggregate verify (100 signers)", 15, () -> bls.verifyAggregate(agg, pks, msgs));

        byte[] f = Files.readAllBytes(shared.resolve("proof-params/v27/fil-blst/window.prf"));
        ByteBuffer bb = ByteBuffer.wrap(f);
        int ni = (int) bb.getLong(8);
        int vkLen = (ni + 1) * 96 + 4 + 3 * 96 + 3 * 192;
        VerifyingKey vk = VerifyingKey.read(Arrays.copyOfRange(f, 16, 16 + vkLen), false);
        int off = 16 + vkLen;
        Proof proof = Proof.read(f, off);
        off += 192;
        List<BigInteger> inputs = new ArrayList<>(ni);
        for (int i = 0; i < ni; i++, off += 32) {
            inputs.add(new BigInteger(1, Arrays.copyOfRange(f, off, off + 32)));
        }
        time("32GiB Window PoSt verify (25,839 inputs)", 9, () -> Groth16.verify(vk, proof, inputs));
    }

    /** Runs op once to check it, warms up, then prints the median thread CPU and wall time per call. */
    private static void time(String what, int iterations, BooleanSupplier op) {
        if (!op.getAsBoolean()) {
            throw new IllegalStateException(what + ": verification failed");
        }
        for (int i = 0; i < Math.max(1, iterations / 2); i++) {
            op.getAsBoolean();
        }
        long[] cpu = new long[iterations];
        long[] wall = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            op.getAsBoolean();
            cpu[i] = CPU.getCurrentThreadCpuTime() - cpu0;
            wall[i] = System.nanoTime() - wall0;
        }
        System.out.printf("%-50s %9.2f ms CPU  %9.2f ms wall  (median of %d)%n", what,
                median(cpu) / 1e6, median(wall) / 1e6, iterations);
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    }
}
