package io.jfvm.compiler.ir;

/** The kind of an import or export, with its byte in the binary format. */
public enum ExternKind {
    FUNCTION(0),
    TABLE(1),
    MEMORY(2),
    GLOBAL(3);

    public final int code;

    ExternKind(int code) {
        this.code = code;
    }

    public static ExternKind fromCode(int code) {
        for (ExternKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown external kind " + code);
    }
}
