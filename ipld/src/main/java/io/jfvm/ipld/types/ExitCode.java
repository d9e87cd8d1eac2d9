package io.jfvm.ipld.types;

/** Message exit codes (fvm_shared {@code ExitCode}): 1-15 are reserved to the system, 16 and up are actors'. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int SYS_SENDER_INVALID = 1;
    public static final int SYS_SENDER_STATE_INVALID = 2;
    public static final int SYS_ILLEGAL_INSTRUCTION = 4;
    public static final int SYS_INVALID_RECEIVER = 5;
    public static final int SYS_INSUFFICIENT_FUNDS = 6;
    public static final int SYS_OUT_OF_GAS = 7;
    public static final int SYS_ILLEGAL_EXIT_CODE = 9;
    public static final int SYS_ASSERTION_FAILED = 10;
    public static final int SYS_MISSING_RETURN = 11;

    public static final int FIRST_USER_EXIT_CODE = 16;
    public static final int USR_ILLEGAL_ARGUMENT = 16;
    public static final int USR_NOT_FOUND = 17;
    public static final int USR_FORBIDDEN = 18;
    public static final int USR_INSUFFICIENT_FUNDS = 19;
    public static final int USR_ILLEGAL_STATE = 20;
    public static final int USR_SERIALIZATION = 21;
    public static final int USR_UNHANDLED_MESSAGE = 22;
    public static final int USR_UNSPECIFIED = 23;
    public static final int USR_ASSERTION_FAILED = 24;
    public static final int USR_READ_ONLY = 25;
    public static final int USR_NOT_PAYABLE = 26;

    private ExitCode() {}

    /** True for codes 1-15, which actors may not exit with. */
    public static boolean isSystemError(int code) {
        return code > 0 && code < FIRST_USER_EXIT_CODE;
    }
}
