package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.checkBounds;
import static io.jfvm.syscalls.ActorMemory.putTokenAmount;
import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.putU64;
import static io.jfvm.syscalls.ActorMemory.readAddress;
import static io.jfvm.syscalls.ActorMemory.readCid;
import static io.jfvm.syscalls.ActorMemory.slice;
import static io.jfvm.syscalls.ActorMemory.writeCid;
import static io.jfvm.syscalls.SyscallContext.ILLEGAL_ARGUMENT;

import io.jfvm.gas.Gas;
import io.jfvm.gas.OutOfGasException;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.cbor.CborArray;
import io.jfvm.ipld.cbor.CborReader;
import io.jfvm.ipld.cbor.CborValue;
import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.TokenAmount;
import java.nio.charset.StandardCharsets;

/**
 * The syscall bodies, one static method per (version, import), with the exact wasm parameter types as JVM
 * primitives ({@code i32} = int, {@code i64} = long) after the leading {@link SyscallContext}. Each follows
 * ref-fvm's wrapper ({@code bind.rs}) and body ({@code syscalls/*.rs}) for its FVM line; methods shared by v2
 * and v3 have no prefix, {@code v2_}/{@code v3_} methods exist where the lines differ. Bound by
 * {@link SyscallBinder} from {@link ImportTable}.
 */
final class Syscalls {
    private Syscalls() {}

    /** Packed struct sizes ({@code shared/src/sys/out.rs}). */
    static final int TOKEN_AMOUNT = 16;
    static final int IPLD_OPEN = 16;
    static final int IPLD_STAT = 12;
    static final int SEND = 20;
    static final int MESSAGE_CONTEXT = 80;
    static final int NETWORK_CONTEXT = 44;
    static final int INVOCATION_CONTEXT_V2 = 52;
    static final int VERIFY_CONSENSUS_FAULT = 20;
    static final int RANDOMNESS = 32;
    static final int SECP_PUB_LEN = 65;
    static final int SECP_SIG_LEN = 65;
    static final int SECP_HASH_LEN = 32;
    static final int MAX_EXIT_MESSAGE_LEN = 1024;

    // =============================================================== vm

    /** v3 {@code vm.exit(code, blk, msg_off, msg_len)}: never returns. */
    static int v3_exit(SyscallContext c, int code, int blk, int msgOff, int msgLen) {
        c.enter();
        if (code != 0 && Integer.compareUnsigned(code, ExitCode.FIRST_USER_EXIT_CODE) < 0) {
            throw Abort.exit(ExitCode.SYS_ILLEGAL_EXIT_CODE, "actor aborted with code " + code, blk);
        }
        String message;
        if (msgLen == 0) {
            message = "actor aborted";
        } else {
            byte[] mem = c.mem();
            if (!ActorMemory.inBounds(mem, msgOff, msgLen)) {
                message = "failed to extract error message: buffer " + Integer.toUnsignedString(msgOff)
                        + " (length " + Integer.toUnsignedString(msgLen) + ") out of bounds";
            } else if (Integer.toUnsignedLong(msgLen) > MAX_EXIT_MESSAGE_LEN) {
                int half = MAX_EXIT_MESSAGE_LEN / 2;
                message = new String(mem, msgOff, half, StandardCharsets.UTF_8) + " ... (skipped "
                        + (Integer.toUnsignedLong(msgLen) - MAX_EXIT_MESSAGE_LEN) + " bytes) ... "
                        + new String(mem, msgOff + msgLen - half, half, StandardCharsets.UTF_8);
            } else {
                message = new String(mem, msgOff, msgLen, StandardCharsets.UTF_8);
            }
        }
        throw Abort.exit(code, message, blk);
    }

    /**
     * v2 {@code vm.abort(code, msg_off, msg_len)}: never returns. From nv16 any code below 16, including 0,
     * becomes SYS_ILLEGAL_EXIT_CODE; a bad message keeps the code.
     */
    static int v2_abort(SyscallContext c, int code, int msgOff, int msgLen) {
        c.enter();
        int nv;
        try {
            nv = c.kernel.networkContext().networkVersion();
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
        if (nv >= 16 && Integer.compareUnsigned(code, ExitCode.FIRST_USER_EXIT_CODE) < 0) {
            throw Abort.exit(ExitCode.SYS_ILLEGAL_EXIT_CODE, "actor aborted with code " + code, 0);
        }
        if (msgLen == 0) {
            throw Abort.exit(code, "actor aborted", 0);
        }
        String message;
        try {
            message = ActorMemory.readUtf8(c.mem(), msgOff, msgLen);
        } catch (SyscallException e) {
            message = "actor aborted with an invalid message: " + e.getMessage() + " (code="
                    + e.errorNumber() + ")";
        }
        throw Abort.exit(code, message, 0);
    }

    /** v3 {@code vm.message_context(r) -> MessageContext} (80 bytes). */
    static int v3_message_context(SyscallContext c, int ret) {
        if (!c.enter(ret, MESSAGE_CONTEXT)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            MessageContext m = c.kernel.messageContext();
            byte[] mem = c.mem();
            putU64(mem, ret, m.origin());
            putU64(mem, ret + 8, m.nonce());
            putU64(mem, ret + 16, m.caller());
            putU64(mem, ret + 24, m.receiver());
            putU64(mem, ret + 32, m.methodNumber());
            putTokenAmount(mem, ret + 40, m.valueReceived());
            putTokenAmount(mem, ret + 56, m.gasPremium());
            putU64(mem, ret + 72, m.flags());
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /**
     * v2 {@code vm.context(r) -> InvocationContext} (52 bytes): value_received, caller, receiver,
     * method_number, network_curr_epoch, network_version.
     */
    static int v2_context(SyscallContext c, int ret) {
        if (!c.enter(ret, INVOCATION_CONTEXT_V2)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            MessageContext m = c.kernel.messageContext();
            NetworkContext n = c.kernel.networkContext();
            byte[] mem = c.mem();
            putTokenAmount(mem, ret, m.valueReceived());
            putU64(mem, ret + 16, m.caller());
            putU64(mem, ret + 24, m.receiver());
            putU64(mem, ret + 32, m.methodNumber());
            putU64(mem, ret + 40, n.epoch());
            putU32(mem, ret + 48, n.networkVersion());
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    // =============================================================== network

    /** {@code network.total_fil_circ_supply(r) -> TokenAmount}. */
    static int total_fil_circ_supply(SyscallContext c, int ret) {
        if (!c.enter(ret, TOKEN_AMOUNT)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            TokenAmount t = c.kernel.totalFilCircSupply();
            putTokenAmount(c.mem(), ret, t);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v2 {@code network.base_fee(r) -> TokenAmount}. */
    static int v2_base_fee(SyscallContext c, int ret) {
        if (!c.enter(ret, TOKEN_AMOUNT)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            TokenAmount t = c.kernel.networkContext().baseFee();
            putTokenAmount(c.mem(), ret, t);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v3 {@code network.context(r) -> NetworkContext} (44 bytes). */
    static int v3_network_context(SyscallContext c, int ret) {
        if (!c.enter(ret, NETWORK_CONTEXT)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            NetworkContext n = c.kernel.networkContext();
            byte[] mem = c.mem();
            putU64(mem, ret, n.epoch());
            putU64(mem, ret + 8, n.timestamp());
            putTokenAmount(mem, ret + 16, n.baseFee());
            putU64(mem, ret + 32, n.chainId());
            putU32(mem, ret + 40, n.networkVersion());
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v3 {@code network.tipset_cid(r, epoch, obuf, obuf_len) -> u32}: output checked first. */
    static int v3_tipset_cid(SyscallContext c, int ret, long epoch, int obuf, int obufLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            checkBounds(c.mem(), obuf, obufLen);
            Cid cid = c.kernel.tipsetCid(epoch);
            int n = writeCid(c.mem(), cid, obuf, obufLen);
            putU32(c.mem(), ret, n);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    // =============================================================== ipld

    /** {@code ipld.block_open(r, cid) -> IpldOpen{codec u64, id u32, size u32}}. */
    static int block_open(SyscallContext c, int ret, int cidOff) {
        if (!c.enter(ret, IPLD_OPEN)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            Cid cid = readCid(c.mem(), cidOff);
            OpenedBlock b = c.kernel.blockOpen(cid);
            byte[] mem = c.mem();
            putU64(mem, ret, b.codec());
            putU32(mem, ret + 8, b.id());
            putU32(mem, ret + 12, b.size());
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code ipld.block_create(r, codec, data_off, data_len) -> u32 id}. */
    static int block_create(SyscallContext c, int ret, long codec, int dataOff, int dataLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            byte[] data = slice(c.mem(), dataOff, dataLen);
            int id = c.kernel.blockCreate(codec, data);
            putU32(c.mem(), ret, id);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code ipld.block_read(r, id, offset, obuf, obuf_len) -> i32}. */
    static int block_read(SyscallContext c, int ret, int id, int offset, int obuf, int obufLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            byte[] mem = c.mem();
            checkBounds(mem, obuf, obufLen);
            int remaining = c.kernel.blockRead(id, offset, mem, obuf, obufLen);
            putU32(c.mem(), ret, remaining);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code ipld.block_stat(r, id) -> IpldStat{codec u64, size u32}}. */
    static int block_stat(SyscallContext c, int ret, int id) {
        if (!c.enter(ret, IPLD_STAT)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            BlockStat s = c.kernel.blockStat(id);
            putU64(c.mem(), ret, s.codec());
            putU32(c.mem(), ret + 8, s.size());
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code ipld.block_link(r, id, hash_fun, hash_len, cid_off, cid_len) -> u32}: output checked first. */
    static int block_link(SyscallContext c, int ret, int id, long hashFun, int hashLen, int cidOff, int cidLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            checkBounds(c.mem(), cidOff, cidLen);
            Cid cid = c.kernel.blockLink(id, hashFun, hashLen);
            int n = writeCid(c.mem(), cid, cidOff, cidLen);
            putU32(c.mem(), ret, n);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    // =============================================================== self

    /** {@code self.root(r, obuf, obuf_len) -> u32}: output checked first. */
    static int root(SyscallContext c, int ret, int obuf, int obufLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            checkBounds(c.mem(), obuf, obufLen);
            Cid cid = c.kernel.root();
            int n = writeCid(c.mem(), cid, obuf, obufLen);
            putU32(c.mem(), ret, n);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code self.set_root(cid_off)}. */
    static int set_root(SyscallContext c, int cidOff) {
        c.enter();
        try {
            c.kernel.setRoot(readCid(c.mem(), cidOff));
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code self.current_balance(r) -> TokenAmount}. */
    static int current_balance(SyscallContext c, int ret) {
        if (!c.enter(ret, TOKEN_AMOUNT)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            TokenAmount t = c.kernel.currentBalance();
            putTokenAmount(c.mem(), ret, t);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code self.self_destruct(addr_off, addr_len)} (both lines). */
    static int self_destruct(SyscallContext c, int addrOff, int addrLen) {
        c.enter();
        try {
            c.kernel.selfDestruct(readAddress(c.mem(), addrOff, addrLen));
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    // =============================================================== actor

    /** {@code actor.resolve_address(r, addr_off, addr_len) -> u64}. */
    static int resolve_address(SyscallContext c, int ret, int addrOff, int addrLen) {
        if (!c.enter(ret, 8)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            long id = c.kernel.resolveAddress(readAddress(c.mem(), addrOff, addrLen));
            putU64(c.mem(), ret, id);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v3 {@code actor.lookup_delegated_address(r, actor_id, obuf, obuf_len) -> u32} (0 = none). */
    static int v3_lookup_delegated_address(SyscallContext c, int ret, long actorId, int obuf, int obufLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            checkBounds(c.mem(), obuf, obufLen);
            Address a = c.kernel.lookupDelegatedAddress(actorId);
            int n = 0;
            if (a != null) {
                byte[] bytes = a.toBytes();
                if (Integer.toUnsignedLong(obufLen) < bytes.length) {
                    throw SyscallException.of(ErrorNumber.BUFFER_TOO_SMALL, "address output buffer is too small");
                }
                System.arraycopy(bytes, 0, c.mem(), obuf, bytes.length);
                n = bytes.length;
            }
            putU32(c.mem(), ret, n);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code actor.get_actor_code_cid(r, actor_id, obuf, obuf_len) -> u32}: output checked first. */
    static int get_actor_code_cid(SyscallContext c, int ret, long actorId, int obuf, int obufLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            checkBounds(c.mem(), obuf, obufLen);
            Cid cid = c.kernel.getActorCodeCid(actorId);
            putU32(c.mem(), ret, writeCid(c.mem(), cid, obuf, obufLen));
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /**
     * v3 {@code actor.next_actor_address} / v2 {@code actor.new_actor_address} {@code (r, obuf, obuf_len) -> u32}:
     * the buffer is checked, then must hold at least 21 bytes (BufferTooSmall).
     */
    static int next_actor_address(SyscallContext c, int ret, int obuf, int obufLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            checkBounds(c.mem(), obuf, obufLen);
            if (Integer.toUnsignedLong(obufLen) < Address.PAYLOAD_HASH_LEN + 1) {
                throw SyscallException.of(ErrorNumber.BUFFER_TOO_SMALL,
                        "output buffer must have a minimum capacity of 21 bytes");
            }
            byte[] bytes = c.kernel.nextActorAddress().toBytes();
            if (bytes.length > Integer.toUnsignedLong(obufLen)) {
                throw Abort.fatal("created " + bytes.length + " byte actor address");
            }
            System.arraycopy(bytes, 0, c.mem(), obuf, bytes.length);
            putU32(c.mem(), ret, bytes.length);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v3 {@code actor.create_actor(actor_id, code_off, delegated_off, delegated_len)}. */
    static int v3_create_actor(SyscallContext c, long actorId, int codeOff, int delegatedOff, int delegatedLen) {
        c.enter();
        try {
            Cid code = readCid(c.mem(), codeOff);
            Address delegated = delegatedLen != 0 ? readAddress(c.mem(), delegatedOff, delegatedLen) : null;
            c.kernel.createActor(code, actorId, delegated);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v2 {@code actor.create_actor(actor_id, code_off)}. */
    static int v2_create_actor(SyscallContext c, long actorId, int codeOff) {
        c.enter();
        try {
            c.kernel.createActor(readCid(c.mem(), codeOff), actorId, null);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code actor.get_builtin_actor_type(r, code_off) -> i32}. */
    static int get_builtin_actor_type(SyscallContext c, int ret, int codeOff) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            int t = c.kernel.getBuiltinActorType(readCid(c.mem(), codeOff));
            putU32(c.mem(), ret, t);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code actor.get_code_cid_for_type(r, typ, obuf, obuf_len) -> u32}: output checked first. */
    static int get_code_cid_for_type(SyscallContext c, int ret, int type, int obuf, int obufLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            checkBounds(c.mem(), obuf, obufLen);
            Cid cid = c.kernel.getCodeCidForType(type);
            putU32(c.mem(), ret, writeCid(c.mem(), cid, obuf, obufLen));
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v3 {@code actor.balance_of(r, actor_id) -> TokenAmount}. */
    static int v3_balance_of(SyscallContext c, int ret, long actorId) {
        if (!c.enter(ret, TOKEN_AMOUNT)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            TokenAmount t = c.kernel.balanceOf(actorId);
            putTokenAmount(c.mem(), ret, t);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    // =============================================================== crypto

    /** {@code crypto.verify_signature(r, sig_type, sig_off, sig_len, addr_off, addr_len, pt_off, pt_len) -> i32}. */
    static int verify_signature(SyscallContext c, int ret, int sigType, int sigOff, int sigLen, int addrOff,
            int addrLen, int ptOff, int ptLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            if (sigType != 1 && sigType != 2) {
                throw SyscallException.illegalArgument("unknown signature type " + Integer.toUnsignedString(sigType));
            }
            byte[] mem = c.mem();
            byte[] sig = slice(mem, sigOff, sigLen);
            Address signer = readAddress(mem, addrOff, addrLen);
            byte[] plaintext = slice(mem, ptOff, ptLen);
            boolean ok = c.kernel.verifySignature(sigType, sig, signer, plaintext);
            putU32(c.mem(), ret, ok ? 0 : -1);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code crypto.recover_secp_public_key(r, hash_off, sig_off) -> [u8; 65]}. */
    static int recover_secp_public_key(SyscallContext c, int ret, int hashOff, int sigOff) {
        if (!c.enter(ret, SECP_PUB_LEN)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            byte[] hash = slice(c.mem(), hashOff, SECP_HASH_LEN);
            byte[] sig = slice(c.mem(), sigOff, SECP_SIG_LEN);
            byte[] key = c.kernel.recoverSecpPublicKey(hash, sig);
            if (key.length != SECP_PUB_LEN) {
                throw Abort.fatal("kernel returned a public key of " + key.length + " bytes");
            }
            System.arraycopy(key, 0, c.mem(), ret, SECP_PUB_LEN);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /**
     * {@code crypto.hash(r, code, data_off, data_len, digest_off, digest_len) -> u32}: the digest buffer is
     * checked first; writes min(digest_len, digest size) bytes.
     */
    static int hash(SyscallContext c, int ret, long code, int dataOff, int dataLen, int digestOff, int digestLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            checkBounds(c.mem(), digestOff, digestLen);
            byte[] data = slice(c.mem(), dataOff, dataLen);
            byte[] digest = c.kernel.hash(code, data);
            int n = (int) Math.min(Integer.toUnsignedLong(digestLen), digest.length);
            System.arraycopy(digest, 0, c.mem(), digestOff, n);
            putU32(c.mem(), ret, n);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code crypto.compute_unsealed_sector_cid(r, proof_type, pieces_off, pieces_len, cid_off, cid_len) -> u32}. */
    static int compute_unsealed_sector_cid(SyscallContext c, int ret, long proofType, int piecesOff, int piecesLen,
            int cidOff, int cidLen) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            CborValue pieces = readCbor(c.mem(), piecesOff, piecesLen);
            checkBounds(c.mem(), cidOff, cidLen);
            Cid cid = c.kernel.computeUnsealedSectorCid(proofType, pieces);
            putU32(c.mem(), ret, writeCid(c.mem(), cid, cidOff, cidLen));
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v2 {@code crypto.verify_seal(r, info_off, info_len) -> i32}. */
    static int v2_verify_seal(SyscallContext c, int ret, int off, int len) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            boolean ok = c.kernel.verifySeal(readCbor(c.mem(), off, len));
            putU32(c.mem(), ret, ok ? 0 : -1);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code crypto.verify_post(r, info_off, info_len) -> i32}. */
    static int verify_post(SyscallContext c, int ret, int off, int len) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            boolean ok = c.kernel.verifyPost(readCbor(c.mem(), off, len));
            putU32(c.mem(), ret, ok ? 0 : -1);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code crypto.verify_consensus_fault(r, h1, h1_len, h2, h2_len, extra, extra_len) -> VerifyConsensusFault}. */
    static int verify_consensus_fault(SyscallContext c, int ret, int h1Off, int h1Len, int h2Off, int h2Len,
            int extraOff, int extraLen) {
        if (!c.enter(ret, VERIFY_CONSENSUS_FAULT)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            byte[] mem = c.mem();
            byte[] h1 = slice(mem, h1Off, h1Len);
            byte[] h2 = slice(mem, h2Off, h2Len);
            byte[] extra = slice(mem, extraOff, extraLen);
            ConsensusFault f = c.kernel.verifyConsensusFault(h1, h2, extra);
            mem = c.mem();
            putU64(mem, ret, f == null ? 0 : f.epoch());
            putU64(mem, ret + 8, f == null ? 0 : f.target());
            putU32(mem, ret + 16, f == null ? 0 : f.faultType());
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code crypto.verify_aggregate_seals(r, off, len) -> i32}. */
    static int verify_aggregate_seals(SyscallContext c, int ret, int off, int len) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            boolean ok = c.kernel.verifyAggregateSeals(readCbor(c.mem(), off, len));
            putU32(c.mem(), ret, ok ? 0 : -1);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code crypto.verify_replica_update(r, off, len) -> i32}. */
    static int verify_replica_update(SyscallContext c, int ret, int off, int len) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            boolean ok = c.kernel.verifyReplicaUpdate(readCbor(c.mem(), off, len));
            putU32(c.mem(), ret, ok ? 0 : -1);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /**
     * {@code crypto.batch_verify_seals(batch_off, batch_len, result_off)}: no ret pointer; one 0/1 byte per seal
     * at {@code result_off} (bounds-checked after decoding, before verifying).
     */
    static int batch_verify_seals(SyscallContext c, int batchOff, int batchLen, int resultOff) {
        c.enter();
        try {
            CborValue batch = readCbor(c.mem(), batchOff, batchLen);
            if (!(batch instanceof CborArray arr)) {
                throw SyscallException.illegalArgument("seal batch is not a CBOR array");
            }
            int n = arr.items().size();
            checkBounds(c.mem(), resultOff, n);
            boolean[] results = c.kernel.batchVerifySeals(batch);
            if (results.length != n) {
                throw Abort.fatal("expected one result per input: " + n + " != " + results.length);
            }
            byte[] mem = c.mem();
            for (int i = 0; i < n; i++) {
                mem[resultOff + i] = (byte) (results[i] ? 1 : 0);
            }
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    // =============================================================== event

    /** v3 {@code event.emit_event(evt_off, evt_len)}: the raw CBOR ActorEvent. */
    static int v3_emit_event(SyscallContext c, int off, int len) {
        c.enter();
        try {
            c.kernel.emitEvent(slice(c.mem(), off, len));
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    // =============================================================== rand

    /** {@code rand.get_chain_randomness(r, pers, round, entropy_off, entropy_len) -> [u8; 32]}. */
    static int get_chain_randomness(SyscallContext c, int ret, long pers, long round, int entOff, int entLen) {
        if (!c.enter(ret, RANDOMNESS)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            byte[] r = c.kernel.getRandomnessFromTickets(pers, round, slice(c.mem(), entOff, entLen));
            writeRandomness(c, ret, r);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** {@code rand.get_beacon_randomness(r, pers, round, entropy_off, entropy_len) -> [u8; 32]}. */
    static int get_beacon_randomness(SyscallContext c, int ret, long pers, long round, int entOff, int entLen) {
        if (!c.enter(ret, RANDOMNESS)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            byte[] r = c.kernel.getRandomnessFromBeacon(pers, round, slice(c.mem(), entOff, entLen));
            writeRandomness(c, ret, r);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    private static void writeRandomness(SyscallContext c, int ret, byte[] r) {
        if (r.length != RANDOMNESS) {
            throw Abort.fatal("kernel returned " + r.length + " bytes of randomness");
        }
        System.arraycopy(r, 0, c.mem(), ret, RANDOMNESS);
    }

    // =============================================================== gas

    /** v3 {@code gas.charge(name_off, name_len, compute u64)}: whole gas, saturating to milligas. */
    static int v3_charge(SyscallContext c, int nameOff, int nameLen, long compute) {
        c.enter();
        try {
            String name = ActorMemory.readUtf8(c.mem(), nameOff, nameLen);
            long milligas = compute < 0 || compute > Long.MAX_VALUE / Gas.MILLIGAS_PRECISION ? Long.MAX_VALUE
                    : compute * Gas.MILLIGAS_PRECISION;
            c.kernel.gasTracker().charge(name, milligas);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v2 {@code gas.charge(name_off, name_len, compute i64)}: signed, so a negative amount refunds. */
    static int v2_charge(SyscallContext c, int nameOff, int nameLen, long compute) {
        c.enter();
        try {
            String name = ActorMemory.readUtf8(c.mem(), nameOff, nameLen);
            c.kernel.gasTracker().charge(name, Gas.of(compute));
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v3 {@code gas.available(r) -> u64}: available gas rounded down. */
    static int v3_available(SyscallContext c, int ret) {
        if (!c.enter(ret, 8)) {
            return ILLEGAL_ARGUMENT;
        }
        putU64(c.mem(), ret, c.kernel.gasTracker().availableRoundedDown());
        return c.ok();
    }

    // =============================================================== send

    /**
     * v3 {@code send.send(r, recipient_off, recipient_len, method, params, value_hi, value_lo, gas_limit,
     * flags) -> Send}.
     */
    static int v3_send(SyscallContext c, int ret, int recOff, int recLen, long method, int params, long valueHi,
            long valueLo, long gasLimit, long flags) {
        if (!c.enter(ret, SEND)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            Address to = readAddress(c.mem(), recOff, recLen);
            TokenAmount value = ActorMemory.tokenAmount(valueHi, valueLo);
            if ((flags & ~MessageContext.FLAG_READ_ONLY) != 0) {
                throw SyscallException.illegalArgument("invalid send flags: " + Long.toUnsignedString(flags));
            }
            SendResult r = c.kernel.send(to, method, params, value, gasLimit, flags);
            writeSend(c.mem(), ret, r);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    /** v2 {@code send.send(r, recipient_off, recipient_len, method, params, value_hi, value_lo) -> Send}. */
    static int v2_send(SyscallContext c, int ret, int recOff, int recLen, long method, int params, long valueHi,
            long valueLo) {
        if (!c.enter(ret, SEND)) {
            return ILLEGAL_ARGUMENT;
        }
        try {
            Address to = readAddress(c.mem(), recOff, recLen);
            TokenAmount value = ActorMemory.tokenAmount(valueHi, valueLo);
            SendResult r = c.kernel.send(to, method, params, value, SendOps.NO_GAS_LIMIT, 0);
            writeSend(c.mem(), ret, r);
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        } catch (OutOfGasException e) {
            throw SyscallContext.outOfGas(e);
        }
    }

    private static void writeSend(byte[] mem, int ret, SendResult r) {
        putU32(mem, ret, r.exitCode());
        putU32(mem, ret + 4, r.returnId());
        putU64(mem, ret + 8, r.returnCodec());
        putU32(mem, ret + 16, r.returnSize());
    }

    // =============================================================== debug

    /** {@code debug.log(msg_off, msg_len)}: a no-op (still 14,000 gas) unless debugging is enabled. */
    static int log(SyscallContext c, int off, int len) {
        c.enter();
        try {
            if (c.kernel.debugEnabled()) {
                c.kernel.log(ActorMemory.readUtf8(c.mem(), off, len));
            }
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        }
    }

    /** {@code debug.enabled(r) -> i32}: 0 when enabled, -1 otherwise. */
    static int enabled(SyscallContext c, int ret) {
        if (!c.enter(ret, 4)) {
            return ILLEGAL_ARGUMENT;
        }
        putU32(c.mem(), ret, c.kernel.debugEnabled() ? 0 : -1);
        return c.ok();
    }

    /** {@code debug.store_artifact(name_off, name_len, data_off, data_len)}: only when debugging is enabled. */
    static int store_artifact(SyscallContext c, int nameOff, int nameLen, int dataOff, int dataLen) {
        c.enter();
        try {
            if (c.kernel.debugEnabled()) {
                byte[] data = slice(c.mem(), dataOff, dataLen);
                byte[] name = slice(c.mem(), nameOff, nameLen);
                c.kernel.storeArtifact(ActorMemory.utf8(name), data);
            }
            return c.ok();
        } catch (SyscallException e) {
            return c.fail(e);
        }
    }

    // =============================================================== helpers

    /** {@code read_cbor}: decodes exactly {@code len} bytes of DAG-CBOR; any failure is IllegalArgument. */
    static CborValue readCbor(byte[] mem, int off, int len) {
        byte[] bytes = slice(mem, off, len);
        try {
            return CborReader.decodeExact(bytes);
        } catch (RuntimeException e) {
            throw SyscallException.illegalArgument("failed to decode cbor: " + e.getMessage());
        }
    }
}
