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
 * named in issue 7 in thread CPU time, so that other load on the machine does not inflate them.
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
        time("BLS verify (1 signer), backend " + bls.name(), 20, () -> bls.verify(sig, pk, msg));

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
        time("BLS aggregate verify (100 signers)", 3, () -> bls.verifyAggregate(agg, pks, msgs));

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
        time("32GiB Window PoSt verify (25,839 inputs)", 3, () -> Groth16.verify(vk, proof, inputs));
    }

    private static void time(String what, int iterations, BooleanSupplier op) {
        if (!op.getAsBoolean()) {
            throw new IllegalStateException(what + ": verification failed");
        }
        for (int i = 0; i < Math.max(1, iterations / 2); i++) {
            op.getAsBoolean();
        }
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            op.getAsBoolean();
        }
        System.out.printf("%-50s %9.1f ms CPU  %9.1f ms wall  (mean of %d)%n", what,
                (CPU.getCurrentThreadCpuTime() - cpu0) / 1e6 / iterations, (System.nanoTime() - wall0) / 1e6 / iterations,
                iterations);
    }
}
