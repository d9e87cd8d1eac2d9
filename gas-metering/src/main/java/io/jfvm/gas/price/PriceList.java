package io.jfvm.gas.price;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A network version's prices and the formulas of every named charge, as ref-fvm's {@code price_list.rs}
 * defines them for the list's {@link FvmLine}: SKYR ({@code fvm@v2.12.1}), HYGGE ({@code fvm@v3.14.1}),
 * WATERMELON and TEEP (ref-fvm v4). All amounts are milligas.
 *
 * <p>A charge that does not exist in a line (for example {@code OnTipsetCid} under SKYR) throws
 * {@link UnsupportedOperationException} naming the price list, so that a kernel written for the wrong line fails
 * loudly instead of charging a wrong amount.
 *
 * <p>Instances are built by {@link PriceLists} and are immutable.
 */
public final class PriceList {
    // Registered seal proof codes used as keys of the aggregate tables (fvm_shared RegisteredSealProof).
    static final long SEAL_32GIB_V1P1 = 8;
    static final long SEAL_64GIB_V1P1 = 9;
    static final long SEAL_32GIB_V1P2_NIPOREP = 18;
    static final long SEAL_64GIB_V1P2_NIPOREP = 19;
    // Registered PoSt proof codes (window PoSt V1 5–9, V1P1 10–14); the fallback keys of verify_post_lookup.
    static final long POST_WINDOW_512MIB_V1 = 7;
    static final long POST_WINDOW_512MIB_V1P1 = 12;

    /** Bytes hashed before the entropy when drawing randomness in v3: DST (8) + VRF digest (32) + round (8). */
    static final long RAND_INITIAL_HASH = 8 + 32 + 8;
    /** v4 event size estimate: framing of the stamped event and of each entry. */
    static final long EVENT_OVERHEAD = 12;
    static final long EVENT_ENTRY_OVERHEAD = 9;
    /** v3 events: the stamped event adds the actor id and CBOR framing. */
    static final long STAMP_EXTRA_SIZE = 12;

    final String name;
    final FvmLine line;

    // ---- common to all lines (v2 expresses several of them through other fields, see PriceLists) ----
    long onChainMessageCompute;
    ScalingCost onChainMessageStorage = ScalingCost.ZERO;
    ScalingCost onChainReturnCompute = ScalingCost.ZERO;
    ScalingCost onChainReturnStorage = ScalingCost.ZERO;
    long secp256k1RecoverCost;
    long computeUnsealedSectorCidBase;
    long verifySealBase;
    Map<Long, Long> verifyAggregateSealPer = Map.of();
    Map<Long, StepCost> verifyAggregateSealSteps = Map.of();
    Map<Long, ScalingCost> verifyPostLookup = Map.of();
    long verifyConsensusFault;
    long verifyReplicaUpdate;
    long syscallCost;
    WasmGasPrices wasm;

    // ---- v2 (SKYR) only ----
    long storageGasMultiplier;
    long sendBase;
    long sendTransferOnlyPremium;
    long createActorCompute;
    long createActorStorage;
    long deleteActor;
    long hashingBase;
    long externCost;
    long getRandomnessBase;
    long getRandomnessPerByte;
    long blockMemcpyPerByte;
    long blockOpenBase;
    long blockOpenMemretPerByte;
    long blockLinkBase;
    long blockLinkStoragePerByte;
    long blockCreateBase;
    long blockCreateMemretPerByte;
    long blockReadBase;
    long blockStatBase;
    Map<SignatureType, Long> flatSigCost = Map.of();

    // ---- v3/v4 ----
    long sendTransferFunds;
    long sendInvokeMethod;
    long actorLookup;
    long actorUpdate;
    long actorCreateStorage;
    long addressLookup;
    long addressAssignment;
    Map<SignatureType, ScalingCost> sigCost = Map.of();
    Map<HashFunction, ScalingCost> hashingCost = Map.of();
    ScalingCost blockAllocate = ScalingCost.ZERO;
    ScalingCost blockMemcpy = ScalingCost.ZERO;
    ScalingCost blockMemoryRetentionMinimum = ScalingCost.ZERO;
    ScalingCost blockOpen = ScalingCost.ZERO;
    ScalingCost blockPersistStorage = ScalingCost.ZERO;
    long blockPersistCompute;
    long builtinActorManifestLookup;
    long networkContext;
    long messageContext;
    long installWasmPerByteCost;
    List<Long> preloadedActors = List.of();

    // ---- v3 (HYGGE) only ----
    long tipsetCidLatest;
    long tipsetCidHistorical;
    long getRandomnessSeed;
    ScalingCost eventValidationCost = ScalingCost.ZERO;
    ScalingCost eventAcceptPerIndexElement = ScalingCost.ZERO;

    // ---- v4 only ----
    long blsPairingCost;
    ScalingCost blsHashingCost = ScalingCost.ZERO;
    ScalingCost lookbackCost = ScalingCost.ZERO;
    ScalingCost eventPerEntry = ScalingCost.ZERO;
    ScalingCost utf8Validation = ScalingCost.ZERO;
    long ipldCborScanPerCid;
    long ipldCborScanPerField;
    long ipldLinkTracked;
    long ipldLinkChecked;

    PriceList(String name, FvmLine line) {
        this.name = name;
        this.line = line;
    }

    /** A copy with a new name, for lists defined as another list plus changes (TEEP). */
    PriceList copy(String newName) {
        PriceList p = new PriceList(newName, line);
        for (var f : PriceList.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())
                    || java.lang.reflect.Modifier.isFinal(f.getModifiers())) {
                continue;
            }
            try {
                f.set(p, f.get(this));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return p;
    }

    /** The list's name: SKYR, HYGGE, WATERMELON or TEEP. */
    public String name() {
        return name;
    }

    public FvmLine line() {
        return line;
    }

    /** The wasm instruction and memory prices. */
    public WasmGasPrices wasm() {
        return wasm;
    }

    /** Actor ids whose state access is prepaid (FIP-0055); empty before v3. */
    public List<Long> preloadedActors() {
        return preloadedActors;
    }

    private void require(FvmLine... lines) {
        for (FvmLine l : lines) {
            if (l == line) {
                return;
            }
        }
        String caller = StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow()).getMethodName();
        throw new UnsupportedOperationException(caller + " does not exist in the " + name + " price list (FVM "
                + line + ")");
    }

    // ------------------------------------------------------------------ messages, sends, actors

    /** {@code OnChainMessage(len)}: inclusion cost of a message of {@code len} bytes. */
    public GasCharge onChainMessage(long len) {
        if (line == FvmLine.V2) {
            return new GasCharge("OnChainMessage", onChainMessageCompute,
                    Gas.mul(Gas.add(onChainMessageStorage.flatMilligas(),
                            Gas.mul(onChainMessageStorage.scaleMilligas(), len)), storageGasMultiplier));
        }
        return new GasCharge("OnChainMessage", onChainMessageCompute,
                Gas.add(actorUpdate, onChainMessageStorage.apply(len)));
    }

    /** SKYR {@code OnChainReturnValue(len)}: charged for a successful top-level return. */
    public GasCharge onChainReturnValue(long len) {
        require(FvmLine.V2);
        return GasCharge.other("OnChainReturnValue",
                Gas.mul(Gas.mul(onChainReturnStorage.scaleMilligas(), len), storageGasMultiplier));
    }

    /**
     * v3/v4 {@code on_method_return}: {@code OnChainReturnValue} at call depth 1; below it, v4 charges
     * {@code OnReturnValue} for tracked links and v3 charges nothing.
     */
    public Optional<GasCharge> onMethodReturn(int callDepth, long returnSize, long returnLinks) {
        require(FvmLine.V3, FvmLine.V4);
        if (callDepth == 1) {
            return Optional.of(new GasCharge("OnChainReturnValue", onChainReturnCompute.apply(returnSize),
                    onChainReturnStorage.apply(returnSize)));
        }
        if (line == FvmLine.V3) {
            return Optional.empty();
        }
        return Optional.of(GasCharge.compute("OnReturnValue", Gas.mul(ipldLinkTracked, returnLinks)));
    }

    /**
     * SKYR {@code OnMethodInvocation(value, method)}: one charge per send, method 0 included, before the
     * transfer. {@code send_invoke_method} is negative in SKYR.
     */
    public GasCharge onMethodInvocationSkyr(boolean valueNonZero, long method) {
        require(FvmLine.V2);
        long g = sendBase;
        if (valueNonZero) {
            g = Gas.add(g, sendTransferFunds);
            if (method == 0) {
                g = Gas.add(g, sendTransferOnlyPremium);
            }
        }
        if (method != 0) {
            g = Gas.add(g, sendInvokeMethod);
        }
        return GasCharge.compute("OnMethodInvocation", g);
    }

    /** v3/v4 {@code OnMethodInvocation}: charged only when code runs; v4 adds tracked parameter links. */
    public GasCharge onMethodInvocation(long paramLinks) {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.compute("OnMethodInvocation", Gas.add(sendInvokeMethod, Gas.mul(ipldLinkTracked,
                paramLinks)));
    }

    /** v3/v4 {@code OnValueTransfer}. */
    public GasCharge onValueTransfer() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.compute("OnValueTransfer", sendTransferFunds);
    }

    /** {@code OnSyscall}, charged on entry of every syscall. */
    public GasCharge onSyscall() {
        return GasCharge.compute("OnSyscall", syscallCost);
    }

    /** SKYR {@code OnCreateActor}: compute plus storage of a new actor entry. */
    public GasCharge onCreateActorSkyr() {
        require(FvmLine.V2);
        return new GasCharge("OnCreateActor", createActorCompute, Gas.mul(createActorStorage, storageGasMultiplier));
    }

    /** v3/v4 {@code OnCreateActor}; assigning a new address adds assignment and lookup. */
    public GasCharge onCreateActor(boolean newAddress) {
        require(FvmLine.V3, FvmLine.V4);
        long g = actorCreateStorage;
        if (newAddress) {
            g = Gas.add(g, Gas.add(addressAssignment, addressLookup));
        }
        return GasCharge.other("OnCreateActor", g);
    }

    /** {@code OnDeleteActor}: a storage refund (negative) in SKYR, 0 afterwards. */
    public GasCharge onDeleteActor() {
        if (line == FvmLine.V2) {
            return GasCharge.other("OnDeleteActor", Gas.mul(deleteActor, storageGasMultiplier));
        }
        return GasCharge.other("OnDeleteActor", 0);
    }

    /** v3/v4 {@code OnActorLookup}. */
    public GasCharge onActorLookup() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.other("OnActorLookup", actorLookup);
    }

    /** v3/v4 {@code OnActorUpdate}. */
    public GasCharge onActorUpdate() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.other("OnActorUpdate", actorUpdate);
    }

    /** v3/v4 {@code OnActorCreate} (defined by ref-fvm, not charged by its kernel). */
    public GasCharge onActorCreate() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.other("OnActorCreate", actorCreateStorage);
    }

    /** v4 {@code OnActorGetRoot}. */
    public GasCharge onGetRoot() {
        require(FvmLine.V4);
        return GasCharge.compute("OnActorGetRoot", ipldLinkTracked);
    }

    /** v4 {@code OnActorSetRoot}. */
    public GasCharge onSetRoot() {
        require(FvmLine.V4);
        return GasCharge.compute("OnActorSetRoot", ipldLinkChecked);
    }

    public GasCharge onSelfBalance() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.other("OnSelfBalance", 0);
    }

    public GasCharge onBalanceOf() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.other("OnBalanceOf", 0);
    }

    public GasCharge onResolveAddress() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.other("OnResolveAddress", 0);
    }

    public GasCharge onLookupDelegatedAddress() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.other("OnLookupAddress", 0);
    }

    public GasCharge onGetActorCodeCid() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.other("OnGetActorCodeCid", 0);
    }

    public GasCharge onGetBuiltinActorType() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.compute("OnGetBuiltinActorType", builtinActorManifestLookup);
    }

    public GasCharge onGetCodeCidForType() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.compute("OnGetCodeCidForType", builtinActorManifestLookup);
    }

    public GasCharge onNetworkContext() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.compute("OnNetworkContext", networkContext);
    }

    public GasCharge onMessageContext() {
        require(FvmLine.V3, FvmLine.V4);
        return GasCharge.compute("OnMessageContext", messageContext);
    }

    // ------------------------------------------------------------------ crypto and proofs

    /** {@code OnVerifySignature}: flat in SKYR, flat + per plaintext byte afterwards. */
    public GasCharge onVerifySignature(SignatureType type, long plaintextLen) {
        if (line == FvmLine.V2) {
            return GasCharge.compute("OnVerifySignature", flatSigCost.get(type));
        }
        return GasCharge.compute("OnVerifySignature", sigCost.get(type).apply(plaintextLen));
    }

    /** v4 {@code OnVerifyBlsAggregateSignature}: (n + 1) pairings plus hashing of the plaintexts. */
    public GasCharge onVerifyAggregateSignature(long numSigs, long dataLen) {
        require(FvmLine.V4);
        long pairings = Gas.mul(blsPairingCost, Gas.add(numSigs, 1));
        return GasCharge.compute("OnVerifyBlsAggregateSignature", Gas.add(pairings, blsHashingCost.apply(dataLen)));
    }

    public GasCharge onRecoverSecpPublicKey() {
        return GasCharge.compute("OnRecoverSecpPublicKey", secp256k1RecoverCost);
    }

    /** {@code OnHashing}: flat for any function and length in SKYR, per byte afterwards. */
    public GasCharge onHashing(HashFunction hash, long dataLen) {
        if (line == FvmLine.V2) {
            return GasCharge.compute("OnHashing", hashingBase);
        }
        return GasCharge.compute("OnHashing", hashingCost.get(hash).apply(dataLen));
    }

    /** v4 {@code OnUtf8Validation}. */
    public GasCharge onUtf8Validation(long len) {
        require(FvmLine.V4);
        return GasCharge.compute("OnUtf8Validation", utf8Validation.apply(len));
    }

    public GasCharge onComputeUnsealedSectorCid() {
        return GasCharge.compute("OnComputeUnsealedSectorCid", computeUnsealedSectorCidBase);
    }

    public GasCharge onVerifySeal() {
        return GasCharge.compute("OnVerifySeal", verifySealBase);
    }

    /**
     * {@code OnVerifyAggregateSeals}: per-proof price × n plus the step price for n. A seal proof type missing
     * from the tables is priced as 32GiB-V1P1.
     */
    public GasCharge onVerifyAggregateSeals(long sealProof, long count) {
        long per = verifyAggregateSealPer.getOrDefault(sealProof, verifyAggregateSealPer.get(SEAL_32GIB_V1P1));
        StepCost steps = verifyAggregateSealSteps.getOrDefault(sealProof,
                verifyAggregateSealSteps.get(SEAL_32GIB_V1P1));
        return GasCharge.compute("OnVerifyAggregateSeals", Gas.add(Gas.mul(per, count), steps.lookup(count)));
    }

    public GasCharge onVerifyReplicaUpdate() {
        return GasCharge.compute("OnVerifyReplicaUpdate", verifyReplicaUpdate);
    }

    /**
     * {@code OnVerifyPost}: priced by the first proof's type ({@code postProof}, or null when there is no proof);
     * unknown types fall back to the 512MiB entry.
     */
    public GasCharge onVerifyPost(Long postProof, long challengedSectors) {
        long fallback = line == FvmLine.V4 ? POST_WINDOW_512MIB_V1P1 : POST_WINDOW_512MIB_V1;
        long key = postProof == null ? fallback : postProof;
        ScalingCost cost = verifyPostLookup.getOrDefault(key, verifyPostLookup.get(fallback));
        return GasCharge.compute("OnVerifyPost", cost.apply(challengedSectors));
    }

    /** {@code OnVerifyConsensusFault}: compute (extern + verify) in SKYR, other gas afterwards. */
    public GasCharge onVerifyConsensusFault() {
        if (line == FvmLine.V2) {
            return GasCharge.compute("OnVerifyConsensusFault", Gas.add(externCost, verifyConsensusFault));
        }
        return GasCharge.other("OnVerifyConsensusFault", verifyConsensusFault);
    }

    /**
     * {@code OnGetRandomness} by entropy length: SKYR charges the extern cost (base and per byte are 0); HYGGE
     * charges the seed plus blake2b of DST, digest, round and entropy.
     */
    public GasCharge onGetRandomness(long entropyLen) {
        require(FvmLine.V2, FvmLine.V3);
        if (line == FvmLine.V2) {
            return GasCharge.compute("OnGetRandomness", Gas.add(Gas.add(externCost, getRandomnessBase),
                    Gas.mul(getRandomnessPerByte, entropyLen)));
        }
        return GasCharge.other("OnGetRandomness", Gas.add(getRandomnessSeed,
                hashingCost.get(HashFunction.BLAKE2B_256).apply(Gas.add(entropyLen, RAND_INITIAL_HASH))));
    }

    /** v4 {@code OnGetRandomness} by lookback (epochs). */
    public GasCharge onGetRandomnessLookback(long lookback) {
        require(FvmLine.V4);
        return GasCharge.other("OnGetRandomness", lookbackCost.apply(lookback));
    }

    /** {@code OnTipsetCid}: v3 prices the latest tipset (lookback 1) and older ones flat; v4 per epoch. */
    public GasCharge onTipsetCid(long lookback) {
        require(FvmLine.V3, FvmLine.V4);
        if (line == FvmLine.V3) {
            return GasCharge.other("OnTipsetCid", lookback > 1 ? tipsetCidHistorical : tipsetCidLatest);
        }
        return GasCharge.other("OnTipsetCid", lookbackCost.apply(lookback));
    }

    // ------------------------------------------------------------------ IPLD blocks

    /** {@code OnBlockOpenBase}. */
    public GasCharge onBlockOpenBase() {
        if (line == FvmLine.V2) {
            return GasCharge.compute("OnBlockOpenBase", Gas.add(externCost, blockOpenBase));
        }
        return new GasCharge("OnBlockOpenBase", ipldLinkChecked, blockOpen.flatMilligas());
    }

    /** SKYR/HYGGE {@code OnBlockOpenPerByte(size)}. */
    public GasCharge onBlockOpenPerByte(long size) {
        require(FvmLine.V2, FvmLine.V3);
        if (line == FvmLine.V2) {
            return GasCharge.compute("OnBlockOpenPerByte", Gas.add(Gas.mul(blockOpenMemretPerByte, size),
                    Gas.mul(blockMemcpyPerByte, size)));
        }
        long compute = Gas.add(blockAllocate.apply(size), blockMemcpy.apply(size));
        long open = Gas.mul(blockOpen.scaleMilligas(), size);
        long surcharge = Math.max(0, Gas.sub(blockMemoryRetentionMinimum.apply(size), Gas.add(compute, open)));
        return new GasCharge("OnBlockOpenPerByte", compute, Gas.add(open, surcharge));
    }

    /** v4 {@code OnBlockOpen(size, links)}. */
    public GasCharge onBlockOpen(long size, long links) {
        require(FvmLine.V4);
        long compute = Gas.mul(ipldLinkTracked, links);
        long open = Gas.add(Gas.add(Gas.mul(blockOpen.scaleMilligas(), size), blockAllocate.apply(size)),
                blockMemcpy.apply(size));
        long surcharge = Math.max(0, Gas.sub(blockMemoryRetentionMinimum.apply(size), Gas.add(compute, open)));
        return new GasCharge("OnBlockOpen", compute, Gas.add(open, surcharge));
    }

    /** {@code OnBlockRead(n)}: n = bytes actually copied. */
    public GasCharge onBlockRead(long size) {
        if (line == FvmLine.V2) {
            return GasCharge.compute("OnBlockRead", Gas.add(blockReadBase, Gas.mul(blockMemcpyPerByte, size)));
        }
        return GasCharge.compute("OnBlockRead", blockMemcpy.apply(size));
    }

    /** {@code OnBlockCreate(size, links)}; links are priced from v4 on (HYGGE has no link price). */
    public GasCharge onBlockCreate(long size, long links) {
        if (line == FvmLine.V2) {
            return GasCharge.compute("OnBlockCreate", Gas.add(blockCreateBase,
                    Gas.add(Gas.mul(blockCreateMemretPerByte, size), Gas.mul(blockMemcpyPerByte, size))));
        }
        long compute = Gas.add(Gas.add(blockMemcpy.apply(size), blockAllocate.apply(size)),
                Gas.mul(ipldLinkChecked, links));
        long surcharge = Math.max(0, Gas.sub(blockMemoryRetentionMinimum.apply(size), compute));
        return new GasCharge("OnBlockCreate", compute, surcharge);
    }

    /** {@code OnBlockLink(hash, size)}: hashing, copying and persisting a block; SKYR ignores the hash. */
    public GasCharge onBlockLink(HashFunction hash, long size) {
        if (line == FvmLine.V2) {
            long memcpy = Gas.mul(blockMemcpyPerByte, size);
            return new GasCharge("OnBlockLink", Gas.add(blockLinkBase, Gas.mul(memcpy, 2)),
                    Gas.mul(Gas.mul(blockLinkStoragePerByte, storageGasMultiplier), size));
        }
        long initial = Gas.add(Gas.add(Gas.add(blockMemcpy.apply(size), blockAllocate.apply(size)),
                hashingCost.get(hash).apply(size)), ipldLinkTracked);
        return new GasCharge("OnBlockLink", initial, Gas.add(blockPersistCompute, blockPersistStorage.apply(size)));
    }

    /** {@code OnBlockStat}. */
    public GasCharge onBlockStat() {
        return GasCharge.compute("OnBlockStat", line == FvmLine.V2 ? blockStatBase : 0);
    }

    /**
     * v4 {@code OnScanIpldLinks} for a scan that visited {@code fields} CBOR items and {@code cids} CIDs.
     */
    public GasCharge onScanIpldLinks(long fields, long cids) {
        require(FvmLine.V4);
        return GasCharge.compute("OnScanIpldLinks", Gas.add(Gas.mul(ipldCborScanPerField, fields),
                Gas.mul(ipldCborScanPerCid, cids)));
    }

    // ------------------------------------------------------------------ events

    /** HYGGE {@code OnActorEventValidate(len)}. */
    public GasCharge onActorEventValidate(long len) {
        require(FvmLine.V3);
        return GasCharge.compute("OnActorEventValidate", Gas.add(Gas.add(blockMemcpy.apply(len),
                blockAllocate.apply(len)), eventValidationCost.apply(len)));
    }

    /**
     * HYGGE {@code OnActorEventAccept}: {@code serializedLen} is the CBOR length of the event, {@code
     * indexedElements}/{@code indexedBytes} count keys and values flagged for indexing.
     */
    public GasCharge onActorEventAccept(long serializedLen, long indexedElements, long indexedBytes) {
        require(FvmLine.V3);
        long size = Gas.add(serializedLen, STAMP_EXTRA_SIZE);
        long memcpy = blockMemcpy.apply(size);
        long alloc = blockAllocate.apply(size);
        long hash = hashingCost.get(HashFunction.BLAKE2B_256).apply(size);
        long other = Gas.add(Gas.mul(eventAcceptPerIndexElement.flatMilligas(), indexedElements),
                Gas.mul(eventAcceptPerIndexElement.scaleMilligas(), indexedBytes));
        other = Gas.add(Gas.add(Gas.add(other, Gas.mul(memcpy, 2)), alloc), hash);
        return new GasCharge("OnActorEventAccept", Gas.add(memcpy, alloc), other);
    }

    /** v4 {@code OnActorEvent(entries, keySize, valueSize)}. */
    public GasCharge onActorEvent(long entries, long keySize, long valueSize) {
        require(FvmLine.V4);
        long validateEntries = eventPerEntry.apply(entries);
        long validateUtf8 = utf8Validation.apply(keySize);
        long estimated = Gas.add(Gas.add(Gas.add(EVENT_OVERHEAD, Gas.mul(EVENT_ENTRY_OVERHEAD, entries)), keySize),
                valueSize);
        long mem = Gas.add(blockMemcpy.apply(estimated), blockAllocate.apply(estimated));
        long hash = hashingCost.get(HashFunction.BLAKE2B_256).apply(estimated);
        return new GasCharge("OnActorEvent", Gas.add(Gas.add(Gas.mul(mem, 2), validateEntries), validateUtf8),
                Gas.add(hash, mem));
    }

    // ------------------------------------------------------------------ memory at instantiation

    /** {@code wasm_memory_init}: v3/v4 charge for the minimum memory at every instantiation. */
    public long initMemoryGas(long minMemoryBytes) {
        require(FvmLine.V3, FvmLine.V4);
        return wasm.initMemoryGas(minMemoryBytes);
    }

    /** {@code wasm_memory_grow}: the part of an exec charge attributed to memory growth (v3/v4). */
    public long growMemoryGas(long grownBytes) {
        require(FvmLine.V3, FvmLine.V4);
        return wasm.growMemoryGas(grownBytes);
    }

    /** {@code wasm_table_init} (v3/v4). */
    public long initTableGas(long minTableElements) {
        require(FvmLine.V3, FvmLine.V4);
        return wasm.initTableGas(minTableElements);
    }

    // ------------------------------------------------------------------ helpers for PriceLists

    static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> type, Map<K, V> in) {
        Map<K, V> m = new EnumMap<>(type);
        m.putAll(in);
        for (K k : type.getEnumConstants()) {
            if (!m.containsKey(k)) {
                throw new IllegalStateException("price table misses " + k);
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static <V> Map<Long, V> sorted(Map<Long, V> in) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(in));
    }

    @Override
    public String toString() {
        return name + " (FVM " + line + ")";
    }
}
