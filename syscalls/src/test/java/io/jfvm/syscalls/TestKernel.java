package io.jfvm.syscalls;

import io.jfvm.ipld.types.SyscallError;
import io.jfvm.gas.GasTracker;
import io.jfvm.gas.price.PriceList;
import io.jfvm.gas.price.PriceLists;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.Multicodec;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.TokenAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small in-memory kernel for syscall tests: records calls, returns fixed values, can be told to fail. */
class TestKernel implements Kernel {
    final GasTracker tracker;
    final PriceList prices;
    final int networkVersion;
    final List<String> calls = new ArrayList<>();
    final List<byte[]> blocks = new ArrayList<>();
    final List<Long> codecs = new ArrayList<>();
    /** When set, the next kernel call throws it. */
    SyscallError failNext;
    boolean debug = true;
    Cid root = Cid.of(Multicodec.DAG_CBOR, new byte[] {(byte) 0x80});
    Object lastArg;
    ActorExit abortOnSend;

    TestKernel(int networkVersion, long gasLimit) {
        this.networkVersion = networkVersion;
        this.prices = TestSupport.prices(networkVersion);
        this.tracker = new GasTracker(gasLimit * 1000, 0, true);
    }

    private void call(String name, Object arg) {
        calls.add(name);
        lastArg = arg;
        if (failNext != null) {
            SyscallError e = failNext;
            failNext = null;
            throw e;
        }
    }

    @Override
    public GasTracker gasTracker() {
        return tracker;
    }

    @Override
    public PriceList priceList() {
        return prices;
    }

    @Override
    public OpenedBlock blockOpen(Cid cid) {
        call("blockOpen", cid);
        blocks.add(new byte[] {(byte) 0x80});
        codecs.add(cid.codec());
        return new OpenedBlock(blocks.size(), cid.codec(), 1);
    }

    @Override
    public int blockCreate(long codec, byte[] data) {
        call("blockCreate", data);
        blocks.add(data);
        codecs.add(codec);
        return blocks.size();
    }

    private byte[] block(int id) {
        if (id <= 0 || id > blocks.size()) {
            throw SyscallError.of(ErrorNumber.INVALID_HANDLE, "no block " + id);
        }
        return blocks.get(id - 1);
    }

    @Override
    public Cid blockLink(int id, long hashFun, int hashLen) {
        call("blockLink", id);
        byte[] data = block(id);
        return Cid.of(codecs.get(id - 1), data);
    }

    @Override
    public int blockRead(int id, int offset, byte[] memory, int bufOff, int bufLen) {
        call("blockRead", id);
        long end = Integer.toUnsignedLong(offset) + Integer.toUnsignedLong(bufLen);
        if (end > Integer.MAX_VALUE) {
            throw SyscallError.illegalArgument("offset plus buffer length did not fit into an i32");
        }
        byte[] data = block(id);
        int start = offset;
        int n = (int) Math.min(Math.max(0, data.length - (long) start), bufLen);
        tracker.apply(prices.onBlockRead(n));
        if (n > 0) {
            System.arraycopy(data, start, memory, bufOff, n);
        }
        return data.length - (int) end;
    }

    @Override
    public BlockStat blockStat(int id) {
        call("blockStat", id);
        byte[] data = block(id);
        return new BlockStat(codecs.get(id - 1), data.length);
    }

    @Override
    public Cid root() {
        call("root", null);
        return root;
    }

    @Override
    public void setRoot(Cid root) {
        call("setRoot", root);
        this.root = root;
    }

    @Override
    public TokenAmount currentBalance() {
        call("currentBalance", null);
        return TokenAmount.ofAtto(new java.math.BigInteger("123456789012345678901234567890"));
    }

    @Override
    public void selfDestruct(Address beneficiary) {
        call("selfDestruct", beneficiary);
    }

    @Override
    public void selfDestruct(boolean burnUnspent) {
        call("selfDestructBurn", burnUnspent);
    }

    @Override
    public long resolveAddress(Address address) {
        call("resolveAddress", address);
        if (!address.isId()) {
            throw SyscallError.of(ErrorNumber.NOT_FOUND, "actor not found");
        }
        return address.id();
    }

    @Override
    public Cid getActorCodeCid(long actorId) {
        call("getActorCodeCid", actorId);
        return Cid.of(Multicodec.RAW, new byte[] {1, 2, 3});
    }

    @Override
    public Address nextActorAddress() {
        call("nextActorAddress", null);
        return Address.actorFromData(new byte[] {9});
    }

    @Override
    public void createActor(Cid codeCid, long actorId, Address delegatedAddress) {
        call("createActor", delegatedAddress);
    }

    @Override
    public int getBuiltinActorType(Cid codeCid) {
        call("getBuiltinActorType", codeCid);
        return 7;
    }

    @Override
    public Cid getCodeCidForType(int type) {
        call("getCodeCidForType", type);
        return Cid.of(Multicodec.RAW, new byte[] {(byte) type});
    }

    @Override
    public Address lookupDelegatedAddress(long actorId) {
        call("lookupDelegatedAddress", actorId);
        return actorId == 0 ? null : Address.delegated(10, new byte[20]);
    }

    @Override
    public TokenAmount balanceOf(long actorId) {
        call("balanceOf", actorId);
        return TokenAmount.ofAtto(actorId);
    }

    @Override
    public MessageContext messageContext() {
        call("messageContext", null);
        return new MessageContext(101, 102, 103, 104, 105, TokenAmount.ofAtto(106), TokenAmount.ofAtto(107), 1);
    }

    @Override
    public NetworkContext networkContext() {
        calls.add("networkContext");
        return new NetworkContext(201, 202, TokenAmount.ofAtto(203), 314, networkVersion);
    }

    @Override
    public TokenAmount totalFilCircSupply() {
        call("totalFilCircSupply", null);
        return TokenAmount.ofAtto(-1);
    }

    @Override
    public Cid tipsetCid(long epoch) {
        call("tipsetCid", epoch);
        return Cid.of(Multicodec.DAG_CBOR, new byte[] {(byte) epoch});
    }

    @Override
    public byte[] getRandomnessFromTickets(long personalization, long round, byte[] entropy) {
        call("chainRandomness", entropy);
        byte[] r = new byte[32];
        Arrays.fill(r, (byte) 7);
        return r;
    }

    @Override
    public byte[] getRandomnessFromBeacon(long personalization, long round, byte[] entropy) {
        call("beaconRandomness", entropy);
        return new byte[32];
    }

    @Override
    public byte[] chainRandomness(long round) {
        call("chainRandomnessV4", round);
        byte[] r = new byte[32];
        Arrays.fill(r, (byte) 9);
        return r;
    }

    @Override
    public byte[] beaconRandomness(long round) {
        call("beaconRandomnessV4", round);
        return new byte[32];
    }

    @Override
    public SendResult send(Address to, long method, int paramsId, TokenAmount value, long gasLimit, long flags) {
        call("send", new Object[] {to, method, paramsId, value, gasLimit, flags});
        return new SendResult(0, 3, Multicodec.DAG_CBOR, 42);
    }

    @Override
    public boolean verifySignature(int sigType, byte[] signature, Address signer, byte[] plaintext) {
        call("verifySignature", sigType);
        return signature.length > 0;
    }

    @Override
    public boolean verifyBlsAggregate(BlsAggregateInput input) {
        call("verifyBlsAggregate", input);
        input.plaintexts();
        return input.signers() % 2 == 0;
    }

    @Override
    public byte[] recoverSecpPublicKey(byte[] hash, byte[] signature) {
        call("recoverSecpPublicKey", hash);
        return new byte[65];
    }

    @Override
    public byte[] hash(long hashCode, byte[] data) {
        call("hash", hashCode);
        byte[] d = new byte[32];
        for (int i = 0; i < d.length; i++) {
            d[i] = (byte) (i + 1);
        }
        return d;
    }

    @Override
    public Cid computeUnsealedSectorCid(long proofType, CborValue pieces) {
        call("computeUnsealedSectorCid", pieces);
        return Cid.of(Multicodec.RAW, new byte[] {5});
    }

    @Override
    public boolean verifySeal(CborValue sealVerifyInfo) {
        call("verifySeal", sealVerifyInfo);
        return true;
    }

    @Override
    public boolean verifyPost(CborValue info) {
        call("verifyPost", info);
        return true;
    }

    @Override
    public ConsensusFault verifyConsensusFault(byte[] h1, byte[] h2, byte[] extra) {
        call("verifyConsensusFault", null);
        return h1.length == 0 ? null : new ConsensusFault(-5, 1000, 2);
    }

    @Override
    public boolean verifyAggregateSeals(CborValue aggregate) {
        call("verifyAggregateSeals", aggregate);
        return false;
    }

    @Override
    public boolean verifyReplicaUpdate(CborValue info) {
        call("verifyReplicaUpdate", info);
        return true;
    }

    @Override
    public boolean[] batchVerifySeals(CborValue batch) {
        call("batchVerifySeals", batch);
        int n = ((CborArray) batch).items().size();
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = i % 2 == 0;
        }
        return r;
    }

    @Override
    public void emitEvent(byte[] rawEvent) {
        call("emitEvent", rawEvent);
    }

    @Override
    public void emitEvent(List<EventEntry> entries, byte[] keys, byte[] values) {
        call("emitEventV4", List.of(entries, keys, values));
    }

    @Override
    public boolean debugEnabled() {
        return debug;
    }

    @Override
    public void log(String message) {
        call("log", message);
    }

    @Override
    public void storeArtifact(String name, byte[] data) {
        call("storeArtifact", name);
    }
}
