package io.jfvm.syscalls;

import static io.jfvm.syscalls.ActorMemory.checkBounds;
import static io.jfvm.syscalls.ActorMemory.putTokenAmount;
import static io.jfvm.syscalls.ActorMemory.putU32;
import static io.jfvm.syscalls.ActorMemory.putU64;
import static io.jfvm.syscalls.ActorMemory.readAddress;
import static io.jfvm.syscalls.ActorMemory.readCid;
import static io.jfvm.syscalls.ActorMemory.writeCid;

import io.jfvm.ipld.types.Address;
import io.jfvm.ipld.types.ErrorNumber;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.SyscallError;

/** The {@code actor} namespace ({@code fvm/src/syscalls/actor.rs}); actor ids are u64 carried as long bits. */
final class ActorSyscalls {
    private ActorSyscalls() {}

    /** {@code actor.resolve_address(r, addr_off, addr_len) -> u64}. */
    static int resolveAddress(SyscallContext c, int ret, int addrOff, int addrLen) {
        return c.call(ret, 8, () -> putU64(c.mem(), ret, c.kernel.resolveAddress(readAddress(c.mem(), addrOff,
                addrLen))));
    }

    /** v3+ {@code actor.lookup_delegated_address(r, actor_id, obuf, obuf_len) -> u32} (0 = none). */
    static int lookupDelegatedAddress(SyscallContext c, int ret, long actorId, int obuf, int obufLen) {
        return c.call(ret, 4, () -> {
            checkBounds(c.mem(), obuf, obufLen);
            Address a = c.kernel.lookupDelegatedAddress(actorId);
            int n = 0;
            if (a != null) {
                byte[] bytes = a.toBytes();
                if (Integer.toUnsignedLong(obufLen) < bytes.length) {
                    throw SyscallError.of(ErrorNumber.BUFFER_TOO_SMALL, "address output buffer is too small");
                }
                System.arraycopy(bytes, 0, c.mem(), obuf, bytes.length);
                n = bytes.length;
            }
            putU32(c.mem(), ret, n);
        });
    }

    /** {@code actor.get_actor_code_cid(r, actor_id, obuf, obuf_len) -> u32}: the output is checked first. */
    static int getActorCodeCid(SyscallContext c, int ret, long actorId, int obuf, int obufLen) {
        return c.call(ret, 4, () -> {
            checkBounds(c.mem(), obuf, obufLen);
            var cid = c.kernel.getActorCodeCid(actorId);
            putU32(c.mem(), ret, writeCid(c.mem(), cid, obuf, obufLen));
        });
    }

    /**
     * v3+ {@code actor.next_actor_address} / v2 {@code actor.new_actor_address} {@code (r, obuf, obuf_len) -> u32}:
     * the buffer is checked, then must hold at least 21 bytes (BufferTooSmall).
     */
    static int nextActorAddress(SyscallContext c, int ret, int obuf, int obufLen) {
        return c.call(ret, 4, () -> {
            checkBounds(c.mem(), obuf, obufLen);
            if (Integer.toUnsignedLong(obufLen) < Address.PAYLOAD_HASH_LEN + 1) {
                throw SyscallError.of(ErrorNumber.BUFFER_TOO_SMALL,
                        "output buffer must have a minimum capacity of 21 bytes");
            }
            byte[] bytes = c.kernel.nextActorAddress().toBytes();
            if (bytes.length > Integer.toUnsignedLong(obufLen)) {
                throw new Fatal("created " + bytes.length + " byte actor address");
            }
            System.arraycopy(bytes, 0, c.mem(), obuf, bytes.length);
            putU32(c.mem(), ret, bytes.length);
        });
    }

    /** v3+ {@code actor.create_actor(actor_id, code_off, delegated_off, delegated_len)}. */
    static int createActor(SyscallContext c, long actorId, int codeOff, int delegatedOff, int delegatedLen) {
        return c.call(() -> {
            var code = readCid(c.mem(), codeOff);
            Address delegated = delegatedLen != 0 ? readAddress(c.mem(), delegatedOff, delegatedLen) : null;
            c.kernel.createActor(code, actorId, delegated);
        });
    }

    /** v2 {@code actor.create_actor(actor_id, code_off)}: no delegated address. */
    static int createActorV2(SyscallContext c, long actorId, int codeOff) {
        return c.call(() -> c.kernel.createActor(readCid(c.mem(), codeOff), actorId, null));
    }

    /** {@code actor.get_builtin_actor_type(r, code_off) -> i32}. */
    static int getBuiltinActorType(SyscallContext c, int ret, int codeOff) {
        return c.call(ret, 4, () -> putU32(c.mem(), ret, c.kernel.getBuiltinActorType(readCid(c.mem(), codeOff))));
    }

    /** {@code actor.get_code_cid_for_type(r, typ, obuf, obuf_len) -> u32}: the output is checked first. */
    static int getCodeCidForType(SyscallContext c, int ret, int type, int obuf, int obufLen) {
        return c.call(ret, 4, () -> {
            checkBounds(c.mem(), obuf, obufLen);
            var cid = c.kernel.getCodeCidForType(type);
            putU32(c.mem(), ret, writeCid(c.mem(), cid, obuf, obufLen));
        });
    }

    /** v3+ {@code actor.balance_of(r, actor_id) -> TokenAmount}. */
    static int balanceOf(SyscallContext c, int ret, long actorId) {
        return c.call(ret, NetworkSyscalls.TOKEN_AMOUNT, () -> putTokenAmount(c.mem(), ret,
                c.kernel.balanceOf(actorId)));
    }
}
