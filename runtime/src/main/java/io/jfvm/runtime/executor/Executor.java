package io.jfvm.runtime.executor;

import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.Cid;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.ExitCode;
import io.jfvm.ipld.types.Message;
import io.jfvm.ipld.types.Receipt;
import io.jfvm.ipld.types.TokenAmount;
import io.jfvm.runtime.call.ActorCodeRunner;
import io.jfvm.runtime.call.BlockData;
import io.jfvm.ipld.types.ExecutionError;
import io.jfvm.ipld.types.Fatal;
import io.jfvm.ipld.types.OutOfGas;
import io.jfvm.ipld.types.SyscallError;
import io.jfvm.runtime.call.CallManager;
import io.jfvm.runtime.call.InvocationResult;
import io.jfvm.runtime.machine.Machine;
import io.jfvm.runtime.state.StateTree;
import io.jfvm.runtime.version.FvmRules;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies messages to a {@link Machine} (ref-fvm's {@code DefaultExecutor}): preflight (inclusion gas, sender
 * checks, nonce, balance, fee deduction), the top-level send through a {@link CallManager}, the receipt, and the
 * fee payouts. Differences between FVM lines come from the machine's {@link FvmRules}.
 */
public final class Executor {
    private static final Logger LOG = Logger.getLogger(Executor.class.getName());
    private static final byte[] NO_DATA = new byte[0];
    /** Burnt funds actor f099. */
    public static final long BURNT_FUNDS_ACTOR_ID = 99;
    /** Reward actor f02. */
    public static final long REWARD_ACTOR_ID = 2;

    private final Machine machine;
    private final ActorCodeRunner runner;

    public Executor(Machine machine, ActorCodeRunner runner) {
        this.machine = machine;
        this.runner = runner;
    }

    public Machine machine() {
        return machine;
    }

    /** Preflight's verdict: either continue with these figures or stop with {@code failure}. */
    private record Preflight(long senderId, TokenAmount gasCost, GasCharge inclusion, ApplyRet failure) {}

    /**
     * Applies {@code message}. {@code rawLength} is its on-chain size (the signed message for secp256k1 senders).
     *
     * @throws IllegalArgumentException if the message is invalid (gas limit not positive): no receipt exists
     * @throws io.jfvm.runtime.call.ActorCodeUnavailableException if the message needs actor code and the runner
     *     cannot run it
     * @throws io.jfvm.runtime.state.StateTreeException if preflight or fee payout cannot read the state
     */
    public ApplyRet execute(Message message, ApplyKind kind, long rawLength) {
        Preflight pre = preflight(message, kind, rawLength);
        if (pre.failure() != null) {
            return pre.failure();
        }
        FvmRules rules = machine.rules();
        StateTree tree = machine.stateTree();
        OptionalLong receiverId = tree.lookupId(message.to());
        TokenAmount effectivePremium = max(TokenAmount.ZERO, min(message.gasPremium(),
                message.gasFeeCap().minus(machine.context().baseFee())));
        CallManager cm = new CallManager(machine, runner, message.gasLimit(), pre.senderId(), message.from(),
                receiverId, message.to(), message.sequence(), effectivePremium);
        try {
            cm.chargeGas(pre.inclusion());
        } catch (OutOfGas e) {
            throw new IllegalStateException("inclusion gas exceeds the limit after preflight accepted it", e);
        }
        BlockData params = message.params().length == 0 ? null
                : new BlockData(rules.messageParamsCodec(message.methodNum()), message.params());

        InvocationResult result = null;
        ExecutionError error = null;
        try {
            // A line's message-level return charge sits inside the message's transaction, so running out there
            // reverts the message (v2); lines that charge returns in the call manager have none.
            result = cm.withTransaction(() -> {
                InvocationResult r = send(cm, pre.senderId(), message, params);
                rules.messageReturnCharge(r).ifPresent(cm::chargeGas);
                return r;
            });
        } catch (ExecutionError e) {
            error = e;
        }
        Receipt receipt = receipt(message, result, error, cm.gasUsed(), rules, cm);
        String failure = failureInfo(message, receipt, error);
        if (kind == ApplyKind.IMPLICIT) {
            return new ApplyRet(receipt, TokenAmount.ZERO, TokenAmount.ZERO, TokenAmount.ZERO, TokenAmount.ZERO,
                    TokenAmount.ZERO, 0, 0, failure, cm.gasTrace());
        }
        return finish(pre.senderId(), message, receipt, pre.gasCost(), failure, cm);
    }

    private static InvocationResult send(CallManager cm, long sender, Message m, BlockData params) {
        return cm.send(sender, m.to(), m.methodNum(), params, m.value(), null, false);
    }

    private Receipt receipt(Message message, InvocationResult result, ExecutionError error, long gasUsed,
                            FvmRules rules, CallManager cm) {
        if (error == null) {
            byte[] data = result.value() == null || (!result.isSuccess() && !rules.failuresCarryData())
                    ? NO_DATA : result.value().data();
            // Events of a failed message were dropped with its transaction; v2 has none.
            return new Receipt(result.exitCode(), data, gasUsed, cm.eventsRoot());
        }
        if (error instanceof OutOfGas) {
            return new Receipt(ExitCode.SYS_OUT_OF_GAS, NO_DATA, gasUsed, null);
        }
        if (error instanceof SyscallError s) {
            // The message could not be dispatched at all; these mappings persist on chain.
            int exit = switch (s.number()) {
                case INSUFFICIENT_FUNDS -> ExitCode.SYS_INSUFFICIENT_FUNDS;
                case NOT_FOUND -> ExitCode.SYS_INVALID_RECEIVER;
                default -> ExitCode.SYS_ASSERTION_FAILED;
            };
            return new Receipt(exit, NO_DATA, gasUsed, null);
        }
        // Fatal: all gas is consumed so that every node agrees whatever went wrong.
        LOG.log(Level.SEVERE, "fatal error applying message [from=" + message.from() + ", to=" + message.to()
                + ", seq=" + message.sequence() + ", m=" + message.methodNum() + ", h=" + machine.context().epoch()
                + "]: " + error.getMessage(), error);
        return new Receipt(ExitCode.SYS_ASSERTION_FAILED, NO_DATA, message.gasLimit(), null);
    }

    private static String failureInfo(Message m, Receipt receipt, ExecutionError error) {
        if (error instanceof Fatal) {
            return "fatal: " + error.getMessage();
        }
        if (error instanceof SyscallError s) {
            return "send to " + m.to() + " failed: " + s.number() + ": " + s.getMessage();
        }
        if (error != null) {
            return "send to " + m.to() + " failed: " + error.getMessage();
        }
        return receipt.exitCode() == ExitCode.OK ? null : "actor exited with " + receipt.exitCode();
    }

    private Preflight preflight(Message m, ApplyKind kind, long rawLength) {
        if (m.gasLimit() <= 0) {
            throw new IllegalArgumentException("invalid message: gas limit " + m.gasLimit() + " is not positive");
        }
        TokenAmount baseFee = machine.context().baseFee();
        GasCharge inclusion;
        TokenAmount minerPenalty;
        if (kind == ApplyKind.IMPLICIT) {
            inclusion = new GasCharge("none", 0, 0);
            minerPenalty = TokenAmount.ZERO;
        } else {
            inclusion = machine.priceList().onChainMessage(rawLength);
            long inclusionTotal = Gas.roundUp(inclusion.totalMilligas());
            if (inclusionTotal > m.gasLimit()) {
                return fail(ExitCode.SYS_OUT_OF_GAS, "Out of gas (" + inclusionTotal + " > " + m.gasLimit() + ")",
                        baseFee.times(inclusionTotal));
            }
            minerPenalty = baseFee.times(m.gasLimit());
        }
        StateTree tree = machine.stateTree();
        OptionalLong senderId = tree.lookupId(m.from());
        if (senderId.isEmpty()) {
            return fail(ExitCode.SYS_SENDER_INVALID, "Sender invalid", minerPenalty);
        }
        long id = senderId.getAsLong();
        if (kind == ApplyKind.IMPLICIT) {
            return new Preflight(id, TokenAmount.ZERO, inclusion, null);
        }
        Optional<ActorState> loaded = tree.getActor(id);
        if (loaded.isEmpty()) {
            return fail(ExitCode.SYS_SENDER_INVALID, "Sender invalid", minerPenalty);
        }
        Optional<ActorState> valid = machine.rules().validSender(loaded.get(), machine.builtinActors());
        if (valid.isEmpty()) {
            return fail(ExitCode.SYS_SENDER_INVALID, "Send not from valid sender", minerPenalty);
        }
        ActorState sender = valid.get();
        if (m.sequence() != sender.sequence()) {
            return fail(ExitCode.SYS_SENDER_STATE_INVALID, "Actor sequence invalid: " + Long.toUnsignedString(m.sequence())
                    + " != " + Long.toUnsignedString(sender.sequence()), minerPenalty);
        }
        TokenAmount gasCost = m.gasFeeCap().times(m.gasLimit());
        if (sender.balance().compareTo(gasCost) < 0) {
            return fail(ExitCode.SYS_SENDER_STATE_INVALID, "Actor balance less than needed: " + sender.balance() + " < "
                    + gasCost, minerPenalty);
        }
        // Outside any transaction: the nonce bump and the fee deduction are never reverted.
        tree.setActor(id, sender.withSequence(sender.sequence() + 1).withBalance(sender.balance().minus(gasCost)));
        return new Preflight(id, gasCost, inclusion, null);
    }

    private static Preflight fail(int exit, String reason, TokenAmount penalty) {
        return new Preflight(0, TokenAmount.ZERO, null, ApplyRet.prevalidationFailure(exit, reason, penalty, NO_DATA));
    }

    private ApplyRet finish(long senderId, Message m, Receipt receipt, TokenAmount gasCost, String failure,
                            CallManager cm) {
        GasOutputs out = GasOutputs.compute(receipt.gasUsed(), m.gasLimit(), machine.context().baseFee(),
                m.gasFeeCap(), m.gasPremium());
        deposit(BURNT_FUNDS_ACTOR_ID, out.baseFeeBurn());
        deposit(REWARD_ACTOR_ID, out.minerTip());
        deposit(BURNT_FUNDS_ACTOR_ID, out.overEstimationBurn());
        deposit(senderId, out.refund());
        TokenAmount total = out.baseFeeBurn().plus(out.overEstimationBurn()).plus(out.refund()).plus(out.minerTip());
        if (!total.equals(gasCost)) {
            throw new IllegalStateException("gas handling math is wrong: outputs sum to " + total + ", gas cost " + gasCost);
        }
        return new ApplyRet(receipt, out.minerPenalty(), out.minerTip(), out.baseFeeBurn(), out.overEstimationBurn(),
                out.refund(), out.gasRefund(), out.gasBurned(), failure, cm.gasTrace());
    }

    /** Adds {@code amount} to an actor's balance directly in the state tree (fee payouts are not charged). */
    private void deposit(long id, TokenAmount amount) {
        if (amount.isNegative()) {
            throw new IllegalStateException("attempted to transfer negative value " + amount + " into actor f0" + id);
        }
        if (amount.isZero()) {
            return;
        }
        StateTree tree = machine.stateTree();
        ActorState actor = tree.getActor(id).orElseThrow(() ->
                new IllegalStateException("failed to lookup actor f0" + Long.toUnsignedString(id) + " for fee transfer"));
        tree.setActor(id, actor.withBalance(actor.balance().plus(amount)));
    }

    /** Flushes the machine's state and returns the new state root. */
    public Cid flush() {
        return machine.flush();
    }

    private static TokenAmount min(TokenAmount a, TokenAmount b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static TokenAmount max(TokenAmount a, TokenAmount b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
