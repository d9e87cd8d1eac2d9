package io.jfvm.compiler.spectest;

import io.jfvm.compiler.rt.Trap;
import io.jfvm.compiler.rt.TrapKind;

/**
 * Decides whether a trap is the one a script expects. The expected text is the reference interpreter's message;
 * like the reference interpreter, a trap matches when its message starts with that text. Two wordings of the
 * reference interpreter need translating to jfvm's {@link TrapKind}s.
 */
final class TrapMatcher {
    private TrapMatcher() {}

    static boolean matches(String expectedText, Trap trap) {
        String expected = stripElementIndex(expectedText);
        if (expected.equals("undefined element")) {
            // The reference interpreter's wording for a call_indirect index beyond the end of the table, which
            // jfvm reports as the out-of-bounds table access it is.
            return trap.kind() == TrapKind.TABLE_OUT_OF_BOUNDS;
        }
        return trap.getMessage() != null && trap.getMessage().startsWith(expected);
    }

    /** "uninitialized element 2": the reference interpreter appends the element's index, jfvm does not. */
    private static String stripElementIndex(String text) {
        return text.replaceFirst("^(uninitialized element) \\d+$", "$1");
    }
}
